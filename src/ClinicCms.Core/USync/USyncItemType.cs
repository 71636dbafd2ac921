namespace ClinicCms.Core.USync;

/// <summary>uSync's handlers, in the order uSync imports them.</summary>
public enum USyncItemType
{
    Language,
    Dictionary,
    DataType,
    Template,
    ContentType,
    MediaType,
    MemberType,
    Media,
    Content,
    Blueprint,
    Domain,
    RelationType,
}

public static class USyncItemTypes
{
    /// <summary>The default handler folder of each item type.</summary>
    public static string Folder(this USyncItemType type) => type switch
    {
        USyncItemType.Language => "Languages",
        USyncItemType.Dictionary => "Dictionary",
        USyncItemType.DataType => "DataTypes",
        USyncItemType.Template => "Templates",
        USyncItemType.ContentType => "ContentTypes",
        USyncItemType.MediaType => "MediaTypes",
        USyncItemType.MemberType => "MemberTypes",
        USyncItemType.Media => "Media",
        USyncItemType.Content => "Content",
        USyncItemType.Blueprint => "Blueprints",
        USyncItemType.Domain => "Domains",
        USyncItemType.RelationType => "RelationTypes",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The root element name of a live (non-Empty) file of the type.</summary>
    public static string RootElement(this USyncItemType type) => type switch
    {
        USyncItemType.Blueprint => "Content",
        USyncItemType.Dictionary => "Dictionary",
        _ => type.ToString(),
    };

    public static bool IsSchema(this USyncItemType type) =>
        type is not (USyncItemType.Content or USyncItemType.Media or USyncItemType.Blueprint or USyncItemType.Domain);

    // Asked once per file of a folder (tens of thousands for a large site): a lookup, not a scan of the enum's values.
    private static readonly Dictionary<string, USyncItemType> ByFolder =
        Enum.GetValues<USyncItemType>().ToDictionary(t => t.Folder(), StringComparer.OrdinalIgnoreCase);

    public static USyncItemType? FromFolder(string folder) => ByFolder.TryGetValue(folder, out var type) ? type : null;
}
