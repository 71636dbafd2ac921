using System.Text.Json.Nodes;
using ClinicCms.Core.Content;
using Umbraco.Cms.Core;

namespace ClinicCms.Core.PropertyEditors;

/// <summary>
/// The data of one block: its element type and property values, held as stored texts like a node's
/// (so the same converters and validation apply inside and outside blocks).
/// </summary>
public sealed record BlockItemData(Guid Key, Guid ContentTypeKey, PropertyValues Values);

/// <summary>One row of the layout: the content block and its optional settings block.</summary>
public sealed record BlockLayoutItem(Guid ContentKey, Guid? SettingsKey);

/// <summary>
/// A Block List value. Reads Umbraco 15+'s key-based format and Umbraco 13/14's UDI-based, flattened one; writes
/// the Umbraco 15+ format exactly as uSync 17 exports it.
/// </summary>
public sealed record BlockListValue(
    IReadOnlyList<BlockLayoutItem> Layout,
    IReadOnlyList<BlockItemData> ContentData,
    IReadOnlyList<BlockItemData> SettingsData)
{
    public const string LayoutKey = Constants.PropertyEditors.Aliases.BlockList;

    public static BlockListValue Empty { get; } = new([], [], []);

    public bool IsEmpty => Layout.Count == 0;

    /// <summary>The content blocks in layout order, each with its settings block if any.</summary>
    public IEnumerable<(BlockItemData Content, BlockItemData? Settings)> Items()
    {
        var content = ContentData.ToDictionary(b => b.Key);
        var settings = SettingsData.ToDictionary(b => b.Key);
        foreach (var row in Layout)
        {
            if (content.TryGetValue(row.ContentKey, out var block))
            {
                yield return (block, row.SettingsKey is { } s ? settings.GetValueOrDefault(s) : null);
            }
        }
    }

    public static BlockListValue Parse(string? text, string layoutKey = LayoutKey)
    {
        if (ValueJson.TryParse(text) is not JsonObject root)
        {
            return Empty;
        }

        var layoutRows = (root.Get("layout") as JsonObject)?.Get(layoutKey) as JsonArray ?? [];
        var layout = layoutRows.OfType<JsonObject>()
            .Select(r => (Content: KeyOrUdi(r, "contentKey", "contentUdi"), Settings: KeyOrUdi(r, "settingsKey", "settingsUdi")))
            .Where(r => r.Content is not null)
            .Select(r => new BlockLayoutItem(r.Content!.Value, r.Settings))
            .ToList();

        return new BlockListValue(layout, ReadBlocks(root.Get("contentData")), ReadBlocks(root.Get("settingsData")));
    }

    public string ToStoredText(string layoutKey = LayoutKey)
    {
        var layout = new JsonArray([.. Layout.Select(r => (JsonNode)new JsonObject
        {
            ["contentKey"] = r.ContentKey.ToString(),
            ["contentUdi"] = null,
            ["settingsKey"] = r.SettingsKey?.ToString(),
            ["settingsUdi"] = null,
        })]);

        var root = new JsonObject
        {
            ["contentData"] = WriteBlocks(ContentData),
            ["settingsData"] = WriteBlocks(SettingsData),
            ["expose"] = new JsonArray([.. ContentData.Select(b => (JsonNode)new JsonObject
            {
                ["contentKey"] = b.Key.ToString(),
                ["culture"] = null,
                ["segment"] = null,
            })]),
            ["Layout"] = new JsonObject { [layoutKey] = layout },
        };
        return ValueJson.Write(root);
    }

    private static List<BlockItemData> ReadBlocks(JsonNode? node)
    {
        var blocks = new List<BlockItemData>();
        foreach (var block in (node as JsonArray ?? []).OfType<JsonObject>())
        {
            var key = KeyOrUdi(block, "key", "udi");
            if (key is null || block.GetGuid("contentTypeKey") is not { } typeKey)
            {
                continue;
            }

            blocks.Add(new BlockItemData(key.Value, typeKey, block.Get("values") is JsonArray values ? ReadValues(values) : ReadFlattened(block)));
        }

        return blocks;
    }

    private static PropertyValues ReadValues(JsonArray values) =>
        PropertyValues.From(values.OfType<JsonObject>()
            .Where(v => v.GetString("alias") is not null)
            .GroupBy(v => v.GetString("alias")!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new KeyValuePair<string, IEnumerable<PropertyValue>>(g.Key, g.Select(v => new PropertyValue(
                v.GetString("culture"), v.GetString("segment"), ValueJson.ToStoredText(v.Get("value")))))));

    // Umbraco 13/14: property values sit beside contentTypeKey and udi; nested JSON may be a string or a real value.
    private static PropertyValues ReadFlattened(JsonObject block) =>
        PropertyValues.From(block
            .Where(p => p.Key is not ("contentTypeKey" or "udi" or "key"))
            .Select(p => new KeyValuePair<string, IEnumerable<PropertyValue>>(p.Key, [PropertyValue.Invariant(ValueJson.ToStoredText(p.Value))])));

    private static JsonArray WriteBlocks(IReadOnlyList<BlockItemData> blocks) => new([.. blocks.Select(b => (JsonNode)new JsonObject
    {
        ["contentTypeKey"] = b.ContentTypeKey.ToString(),
        ["key"] = b.Key.ToString(),
        ["udi"] = null,
        ["values"] = new JsonArray([.. b.Values
            .SelectMany(p => p.Value.Where(v => v.Value.Length > 0).Select(v => (Alias: p.Key, Value: v)))
            .Select(x => (JsonNode)new JsonObject
            {
                ["alias"] = x.Alias,
                ["culture"] = x.Value.Culture,
                ["editorAlias"] = null,
                ["segment"] = x.Value.Segment,
                ["value"] = ValueJson.FromStoredText(x.Value.Value),
            })]),
    })]);

    private static Guid? KeyOrUdi(JsonObject obj, string keyName, string udiName)
    {
        if (obj.GetGuid(keyName) is { } key)
        {
            return key;
        }

        return obj.GetString(udiName) is { } udi && UdiParser.TryParse(udi, out GuidUdi? parsed) && parsed is not null ? parsed.Guid : null;
    }
}
