using System.Text.Json.Nodes;
using ClinicCms.Core.PropertyEditors;
using Umbraco.Cms.Core;
using Umbraco.Extensions;

namespace ClinicCms.Core.USync.Legacy;

/// <summary>
/// Block List and Block Grid values from Umbraco 13/14 (layout rows and blocks keyed by element UDIs, property values
/// flattened into each block) rewritten in the Umbraco 15+ form uSync 17 exports: blocks keyed by GUID with a
/// <c>values</c> list, an <c>expose</c> list and a <c>Layout</c> of <c>contentKey</c>/<c>settingsKey</c> rows.
/// Nested block values (a block inside a block, rich text with blocks) are converted too.
/// </summary>
internal static class LegacyBlockValues
{
    private static readonly string[] BlockData = ["contentData", "settingsData"];

    /// <summary>The value in the new form, or null when it holds no old-format block value.</summary>
    public static string? Upgrade(string text)
    {
        // Old block values always name their blocks by element UDI; new ones never do. Most values need no parsing.
        if (!text.Contains("umb://element/", StringComparison.OrdinalIgnoreCase) || !text.DetectIsJson() || ValueJson.TryParse(text) is not { } node)
        {
            return null;
        }

        return Convert(node) is { } converted ? ValueJson.Write(converted) : null;
    }

    // Returns a replacement for the node when something inside it changed, else null.
    private static JsonNode? Convert(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when IsLegacyBlockValue(obj):
                return ConvertBlockValue(obj);
            case JsonObject obj:
                var changed = false;
                foreach (var (key, value) in obj.ToList())
                {
                    if (Convert(value) is { } replacement)
                    {
                        obj[key] = replacement;
                        changed = true;
                    }
                }

                return changed ? obj : null;
            case JsonArray array:
                var any = false;
                for (var i = 0; i < array.Count; i++)
                {
                    if (Convert(array[i]) is { } replacement)
                    {
                        array[i] = replacement;
                        any = true;
                    }
                }

                return any ? array : null;
            case JsonValue value when value.TryGetValue<string>(out var s) && s.DetectIsJson() && ValueJson.TryParse(s) is { } inner:
                return Convert(inner);
            default:
                return null;
        }
    }

    private static bool IsLegacyBlockValue(JsonObject obj) =>
        obj.Get("layout") is JsonObject layout
        && layout.Any(l => l.Value is JsonArray)
        && obj.Get("contentData") is JsonArray content
        && content.OfType<JsonObject>().All(b => b["values"] is null)
        && (content.Count == 0 || content.OfType<JsonObject>().Any(b => b["udi"] is not null));

    private static JsonObject ConvertBlockValue(JsonObject legacy)
    {
        var layout = (JsonObject)legacy.Get("layout")!;
        var contentData = ConvertBlocks(legacy.Get("contentData") as JsonArray);
        var converted = new JsonObject
        {
            ["contentData"] = contentData,
            ["settingsData"] = ConvertBlocks(legacy.Get("settingsData") as JsonArray),
            ["expose"] = new JsonArray([.. contentData.OfType<JsonObject>().Select(b => (JsonNode)new JsonObject
            {
                ["contentKey"] = b["key"]?.DeepClone(),
                ["culture"] = null,
                ["segment"] = null,
            })]),
            ["Layout"] = new JsonObject(layout.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)ConvertLayout(l.Value as JsonArray)))),
        };
        return converted;
    }

    private static JsonArray ConvertBlocks(JsonArray? blocks) => new([.. (blocks ?? []).OfType<JsonObject>().Select(block =>
    {
        var values = block
            .Where(p => p.Key is not ("contentTypeKey" or "udi" or "key"))
            .Select(p => (JsonNode)new JsonObject
            {
                ["alias"] = p.Key,
                ["culture"] = null,
                ["editorAlias"] = null,
                ["segment"] = null,
                ["value"] = NestedValue(p.Value),
            });
        return (JsonNode)new JsonObject
        {
            ["contentTypeKey"] = block["contentTypeKey"]?.DeepClone(),
            ["key"] = KeyOf(block, "key", "udi"),
            ["udi"] = null,
            ["values"] = new JsonArray([.. values]),
        };
    })]);

    private static JsonArray ConvertLayout(JsonArray? rows) => new([.. (rows ?? []).OfType<JsonObject>().Select(row =>
    {
        var converted = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in row)
        {
            if (key is not ("contentUdi" or "settingsUdi" or "contentKey" or "settingsKey"))
            {
                converted[key] = key == "areas" && value is JsonArray areas ? ConvertAreas(areas) : value?.DeepClone();
            }
        }

        converted["contentKey"] = KeyOf(row, "contentKey", "contentUdi");
        converted["contentUdi"] = null;
        converted["settingsKey"] = KeyOf(row, "settingsKey", "settingsUdi");
        converted["settingsUdi"] = null;
        return (JsonNode)new JsonObject(converted);
    })]);

    private static JsonArray ConvertAreas(JsonArray areas) => new([.. areas.OfType<JsonObject>().Select(area => (JsonNode)new JsonObject
    {
        ["key"] = area["key"]?.DeepClone(),
        ["items"] = ConvertLayout(area["items"] as JsonArray),
    })]);

    // A nested value that was stored as a JSON string becomes real JSON, converted itself if it is a block value.
    private static JsonNode? NestedValue(JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var s) && s.DetectIsJson() && ValueJson.TryParse(s) is { } parsed)
        {
            return Convert(parsed) ?? parsed;
        }

        return Convert(value?.DeepClone()) ?? value?.DeepClone();
    }

    private static JsonNode? KeyOf(JsonObject obj, string keyName, string udiName)
    {
        if (obj.GetGuid(keyName) is { } key)
        {
            return key.ToString();
        }

        return obj.GetString(udiName) is { } udi && UdiParser.TryParse(udi, out GuidUdi? parsed) && parsed is not null
            ? parsed.Guid.ToString()
            : null;
    }
}
