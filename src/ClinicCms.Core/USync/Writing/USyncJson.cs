using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicCms.Core.PropertyEditors;
using Umbraco.Extensions;

namespace ClinicCms.Core.USync.Writing;

/// <summary>
/// JSON inside uSync files the way uSync 17 writes it: System.Text.Json, two-space indent, the default encoder
/// (<c>\u003C</c>, <c>\u0027</c>, non-ASCII as <c>\uXXXX</c>). Data type configuration also has its top-level keys sorted.
/// </summary>
public static class USyncJson
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    /// <summary>A property value: re-serialised when it is JSON (an object or array), else written as it is.</summary>
    public static string Value(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.DetectIsJson())
        {
            return text ?? string.Empty;
        }

        return TryParse(text) is { } node ? node.ToJsonString(ValueJson.Indented) : text;
    }

    /// <summary>A data type configuration: an object with its top-level keys in ordinal order, <c>{}</c> when empty.</summary>
    public static string Config(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "{}";
        }

        if (TryParse(text) is not JsonObject config)
        {
            return text;
        }

        var sorted = new JsonObject();
        foreach (var (key, value) in config.OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
        {
            config.Remove(key);
            sorted[key] = value;
        }

        return sorted.ToJsonString(ValueJson.Indented);
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text, NodeOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
