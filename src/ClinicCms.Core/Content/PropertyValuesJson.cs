using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClinicCms.Core.Content;

/// <summary>
/// Storage form of <see cref="PropertyValues"/>: <c>{"alias":[{"v":"text"},{"c":"en-IN","v":"…"}]}</c>,
/// compact, with culture (<c>c</c>) and segment (<c>s</c>) only when set.
/// </summary>
public sealed class PropertyValuesJson : JsonConverter<PropertyValues>
{
    public static JsonSerializerOptions Options { get; } = new() { Converters = { new PropertyValuesJson() } };

    public static string Serialize(PropertyValues values) => JsonSerializer.Serialize(values, Options);

    public static PropertyValues Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? PropertyValues.Empty : JsonSerializer.Deserialize<PropertyValues>(json, Options) ?? PropertyValues.Empty;

    public override PropertyValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var result = new List<KeyValuePair<string, IEnumerable<PropertyValue>>>();
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var alias = reader.GetString()!;
            reader.Read();
            Expect(ref reader, JsonTokenType.StartArray);
            var values = new List<PropertyValue>();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? culture = null, segment = null, value = string.Empty;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString();
                    reader.Read();
                    switch (name)
                    {
                        case "c": culture = reader.GetString(); break;
                        case "s": segment = reader.GetString(); break;
                        case "v": value = reader.GetString() ?? string.Empty; break;
                        default: reader.Skip(); break;
                    }
                }

                values.Add(new PropertyValue(culture, segment, value));
            }

            result.Add(new(alias, values));
        }

        return PropertyValues.From(result);
    }

    public override void Write(Utf8JsonWriter writer, PropertyValues value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (alias, values) in value)
        {
            writer.WriteStartArray(alias);
            foreach (var v in values)
            {
                writer.WriteStartObject();
                if (v.Culture is not null)
                {
                    writer.WriteString("c", v.Culture);
                }

                if (v.Segment is not null)
                {
                    writer.WriteString("s", v.Segment);
                }

                writer.WriteString("v", v.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} in stored property values, found {reader.TokenType}.");
        }
    }
}
