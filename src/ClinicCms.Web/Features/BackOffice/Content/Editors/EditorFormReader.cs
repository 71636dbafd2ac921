using System.Globalization;
using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using Microsoft.Extensions.Primitives;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>
/// Turns a posted editor form back into stored property values, in the formats Umbraco stores (Block List JSON,
/// rich text JSON, UDI lists...). Each editor posts a marker field (<c>name~</c>); a property without one was not on
/// the form and keeps the value it had.
/// </summary>
public sealed class EditorFormReader(IFormCollection form, SchemaRegistry schema, BlockOperation? operation)
{
    public const string Marker = "~";

    public PropertyValues Read(ComposedContentType type, PropertyValues current, string prefix = EditorContext.Prefix)
    {
        var result = current;
        foreach (var property in type.Properties)
        {
            var name = prefix + property.Alias;
            if (!form.ContainsKey(name + Marker) || !EditorPartials.IsEditable(property.EditorAlias))
            {
                continue;
            }

            var culture = property.Type.Variations is ContentVariation.Culture or ContentVariation.CultureAndSegment ? schema.DefaultLanguage?.IsoCode : null;
            result = result.Set(property.Alias, ReadValue(property, name, current.Get(property.Alias, culture)), culture);
        }

        return result;
    }

    private string ReadValue(ComposedProperty property, string name, string? current)
    {
        var posted = form[name];
        var text = posted.ToString().Trim();
        return property.EditorAlias switch
        {
            Aliases.BlockList => ReadBlocks(name, posted, current),
            Aliases.Boolean => posted.Contains("1") ? "1" : "0",
            Aliases.RichText or "Umbraco.TinyMCE" => text is "" or "<p></p>" ? "" : RichTextValue.ToStoredText(text),
            Aliases.Tags => Tags(text, property.DataType.ParseConfig().GetString("storageType")),
            Aliases.ContentPicker or Aliases.MultiNodeTreePicker => string.Join(',', Keys(posted).Select(UdiValue.Document)),
            Aliases.MediaPicker3 => Media(posted, current),
            Aliases.MultiUrlPicker => Links(name),
            Aliases.DateTime => Date(text),
            _ => posted.ToString(),
        };
    }

    private string ReadBlocks(string name, StringValues posted, string? current)
    {
        var before = BlockListValue.Parse(current);
        var content = before.ContentData.ToDictionary(b => b.Key);
        var settings = before.Layout.Where(l => l.SettingsKey is not null).ToDictionary(l => l.ContentKey, l => l.SettingsKey);
        var rows = posted
            .Select(entry => entry?.Split('|'))
            .Where(p => p is [var k, var t] && Guid.TryParse(k, out _) && Guid.TryParse(t, out _))
            .Select(p => (Key: Guid.Parse(p![0]), Type: Guid.Parse(p[1])))
            .DistinctBy(r => r.Key)
            .ToList();
        if (operation is { } op && op.ListName == name)
        {
            rows = op.Apply(rows);
        }

        var blocks = new List<BlockItemData>();
        foreach (var (key, typeKey) in rows)
        {
            if (schema.ContentType(typeKey) is not { } elementType)
            {
                continue;
            }

            var values = content.TryGetValue(key, out var existing) ? existing.Values : PropertyValues.Empty;
            blocks.Add(new BlockItemData(key, typeKey, Read(schema.Compose(elementType), values, EditorContext.BlockPrefix(name, key))));
        }

        if (blocks.Count == 0)
        {
            return "";
        }

        var layout = blocks.Select(b => new BlockLayoutItem(b.Key, settings.GetValueOrDefault(b.Key))).ToList();
        var keptSettings = before.SettingsData.Where(s => layout.Any(l => l.SettingsKey == s.Key)).ToList();
        return new BlockListValue(layout, blocks, keptSettings).ToStoredText();
    }

    private static IEnumerable<Guid> Keys(StringValues posted) =>
        posted.SelectMany(v => (v ?? "").Split(',')).Select(v => Guid.TryParse(v.Trim(), out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct();

    private static string Tags(string text, string? storageType)
    {
        var tags = TagsValue.Parse(text.StartsWith('[') ? text : string.Join(',', text.Split([',', '\n'])));
        return tags.Count == 0 ? "" : TagsValue.ToStoredText(tags, asJson: !"Csv".Equals(storageType, StringComparison.OrdinalIgnoreCase));
    }

    private static string Media(StringValues posted, string? current)
    {
        var existing = MediaPickerValue.Parse(current).GroupBy(m => m.MediaKey).ToDictionary(g => g.Key, g => g.First());
        var items = Keys(posted).Select(k => existing.GetValueOrDefault(k) ?? new MediaPickerItem(Guid.NewGuid(), k, "Image", null)).ToList();
        return items.Count == 0 ? "" : MediaPickerValue.ToStoredText(items);
    }

    private string Links(string name)
    {
        var links = new List<LinkItem>();
        for (var i = 0; form.ContainsKey($"{name}[{i}].url") || form.ContainsKey($"{name}[{i}].doc"); i++)
        {
            var url = form[$"{name}[{i}].url"].ToString().Trim();
            var document = Keys(form[$"{name}[{i}].doc"]).FirstOrDefault();
            if (url.Length == 0 && document == Guid.Empty)
            {
                continue;
            }

            var linkName = form[$"{name}[{i}].name"].ToString().Trim();
            var target = form[$"{name}[{i}].target"].ToString() == "_blank" ? "_blank" : null;
            var udi = document == Guid.Empty ? null : Umbraco.Cms.Core.Udi.Create(Umbraco.Cms.Core.Constants.UdiEntityType.Document, document) as Umbraco.Cms.Core.GuidUdi;
            links.Add(new LinkItem(linkName.Length == 0 ? null : linkName, target, udi, udi is null ? url : null, null));
        }

        return links.Count == 0 ? "" : MultiUrlPickerValue.ToStoredText(links);
    }

    // Date inputs post 2026-11-28 (or 2026-11-28T09:30); Umbraco stores 2026-11-28T00:00:00.
    private static string Date(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            : text;
}
