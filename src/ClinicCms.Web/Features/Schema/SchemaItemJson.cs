using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync;

namespace ClinicCms.Web.Features.Schema;

/// <summary>How schema records are stored in <see cref="Data.SchemaItem.Definition"/>.</summary>
internal static class SchemaItemJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T record) => JsonSerializer.Serialize(record, Options);

    /// <summary>Serialises a record known only as <see cref="object"/> by its runtime type.</summary>
    public static string SerializeObject(object record) => JsonSerializer.Serialize(record, record.GetType(), Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is empty.");

    public static object Deserialize(USyncItemType type, string json) => type switch
    {
        USyncItemType.DataType => Deserialize<DataTypeDefinition>(json),
        USyncItemType.Template => Deserialize<TemplateDefinition>(json),
        USyncItemType.ContentType or USyncItemType.MediaType or USyncItemType.MemberType => Deserialize<ContentTypeDefinition>(json),
        USyncItemType.Language => Deserialize<LanguageDefinition>(json),
        USyncItemType.Dictionary => Deserialize<DictionaryItemDefinition>(json),
        USyncItemType.Domain => Deserialize<DomainDefinition>(json),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a schema item type"),
    };
}
