using System.Text.Json.Nodes;
using ClinicCms.Core.PropertyEditors;
using Umbraco.Cms.Core;
using Umbraco.Extensions;

namespace ClinicCms.Core.USync.Compare;

/// <summary>
/// JSON reduced to what it means, so two spellings of the same value compare equal: keys lower-cased and sorted,
/// GUIDs and UDIs in one spelling, JSON held in strings parsed, and block values (Umbraco 13's UDI layout or 15's
/// key layout) as one neutral shape: the layout's block keys and each block's type and values.
/// </summary>
internal static class CanonicalJson
{
    public static JsonNode? Of(JsonNode? node) => node switch
    {
        JsonObject obj when IsBlockValue(obj) => BlockValue(obj),
        JsonObject obj => new JsonObject(obj
            .Select(p => KeyValuePair.Create(p.Key.ToLowerInvariant(), Of(p.Value)))
            .GroupBy(p => p.Key).Select(g => g.Last())
            .OrderBy(p => p.Key, StringComparer.Ordinal)),
        JsonArray array => new JsonArray([.. array.Select(Of)]),
        JsonValue value when value.TryGetValue<string>(out var s) => Text(s),
        _ => node?.DeepClone(),
    };

    /// <summary>A string value: parsed when it holds JSON, GUIDs and UDIs normalised, otherwise as it is.</summary>
    public static JsonNode? Text(string text)
    {
        if (text.DetectIsJson() && ValueJson.TryParse(text) is { } parsed)
        {
            return Of(parsed);
        }

        if (Guid.TryParse(text, out var guid))
        {
            return JsonValue.Create(guid.ToString("N"));
        }

        if (text.StartsWith("umb://", StringComparison.OrdinalIgnoreCase) && !text.Contains(',')
            && UdiParser.TryParse(text, out GuidUdi? udi) && udi is not null)
        {
            return JsonValue.Create($"umb://{udi.EntityType}/{udi.Guid:N}");
        }

        return JsonValue.Create(text);
    }

    private static bool IsBlockValue(JsonObject obj) =>
        obj.Get("layout") is JsonObject && obj.Get("contentData") is JsonArray;

    private static JsonObject BlockValue(JsonObject value)
    {
        var layout = new JsonObject();
        foreach (var (editor, rows) in (JsonObject)value.Get("layout")!)
        {
            layout[editor] = Layout(rows as JsonArray);
        }

        return new JsonObject
        {
            ["$layout"] = layout,
            ["$content"] = Blocks(value.Get("contentData") as JsonArray),
            ["$settings"] = Blocks(value.Get("settingsData") as JsonArray),
        };
    }

    private static JsonArray Layout(JsonArray? rows) => new([.. (rows ?? []).OfType<JsonObject>().Select(row => (JsonNode)new JsonObject
    {
        ["content"] = KeyOf(row, "contentKey", "contentUdi"),
        ["settings"] = KeyOf(row, "settingsKey", "settingsUdi"),
        ["areas"] = new JsonArray([.. (row.Get("areas") as JsonArray ?? []).OfType<JsonObject>().Select(a => (JsonNode)new JsonObject
        {
            ["key"] = Of(a.Get("key")),
            ["items"] = Layout(a.Get("items") as JsonArray),
        })]),
    })]);

    private static JsonObject Blocks(JsonArray? blocks)
    {
        var result = new JsonObject();
        foreach (var block in (blocks ?? []).OfType<JsonObject>())
        {
            var values = new JsonObject();
            var list = block.Get("values") as JsonArray;
            var pairs = list is not null
                ? list.OfType<JsonObject>().Select(v => (Alias: v.GetString("alias") ?? string.Empty, Culture: v.GetString("culture"), Value: v.Get("value")))
                : block.Where(p => p.Key is not ("contentTypeKey" or "udi" or "key")).Select(p => (Alias: p.Key, Culture: (string?)null, Value: p.Value));
            foreach (var (alias, culture, raw) in pairs.OrderBy(p => p.Alias, StringComparer.OrdinalIgnoreCase))
            {
                var canonical = Of(raw is JsonValue v && v.TryGetValue<string>(out var s) ? Text(s) : raw);
                if (!IsEmpty(canonical))
                {
                    values[alias.ToLowerInvariant() + (culture is null ? string.Empty : "@" + culture.ToLowerInvariant())] = canonical;
                }
            }

            var key = KeyOf(block, "key", "udi")?.ToString() ?? string.Empty;
            result[key] = new JsonObject { ["type"] = Of(block.Get("contentTypeKey")), ["values"] = values };
        }

        return result;
    }

    public static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0,
        JsonArray a => a.Count == 0,
        _ => false,
    };

    private static JsonNode? KeyOf(JsonObject obj, string keyName, string udiName)
    {
        if (obj.GetGuid(keyName) is { } key)
        {
            return JsonValue.Create(key.ToString("N"));
        }

        return obj.GetString(udiName) is { } udi && UdiParser.TryParse(udi, out GuidUdi? parsed) && parsed is not null
            ? JsonValue.Create(parsed.Guid.ToString("N"))
            : null;
    }
}
