using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClinicCms.Core.PropertyEditors;

/// <summary>
/// JSON as Umbraco 14+ and uSync write it: System.Text.Json, two-space indent, and the default encoder that
/// escapes HTML-sensitive and non-ASCII characters (<c>\u003C</c>, <c>\u2019</c>).
/// </summary>
public static class ValueJson
{
    public static JsonSerializerOptions Indented { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Default,
    };

    public static JsonSerializerOptions Compact { get; } = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Default,
    };

    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = true };

    /// <summary>Parses text that should hold JSON; null when it is empty or not JSON.</summary>
    public static JsonNode? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text, documentOptions: ParseOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Write(JsonNode? node, bool indented = true) =>
        node?.ToJsonString(indented ? Indented : Compact) ?? string.Empty;

    /// <summary>The stored text of a value found inside block JSON: strings as they are, anything else as JSON.</summary>
    public static string ToStoredText(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value => value.ToJsonString(),
        _ => node.ToJsonString(Compact),
    };

    /// <summary>The JSON a stored text becomes inside block JSON: objects and arrays as JSON, all else as a string.</summary>
    public static JsonNode? FromStoredText(string? text) =>
        string.IsNullOrEmpty(text) ? null : TryParse(text) ?? JsonValue.Create(text);

    /// <summary>Reads a property of a JSON object ignoring the case of its name (v13 PascalCase, v14+ camelCase).</summary>
    public static JsonNode? Get(this JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public static string? GetString(this JsonObject obj, string name) =>
        obj.Get(name) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static int? GetInt(this JsonObject obj, string name) => obj.Get(name) switch
    {
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, out var i) => i,
        _ => null,
    };

    public static bool? GetBool(this JsonObject obj, string name) => obj.Get(name) switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s is "1" || s.Equals("true", StringComparison.OrdinalIgnoreCase),
        JsonValue v when v.TryGetValue<int>(out var i) => i != 0,
        _ => null,
    };

    public static Guid? GetGuid(this JsonObject obj, string name) =>
        obj.GetString(name) is { } s && Guid.TryParse(s, out var g) ? g : null;
}
