using System.Net;
using System.Text.RegularExpressions;
using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>Property values as plain text, to compare two versions side by side.</summary>
public static partial class PropertyDisplay
{
    public static IReadOnlyList<ValueDifference> Compare(ComposedContentType type, SchemaRegistry schema, string leftName, PropertyValues left, string rightName, PropertyValues right, bool onlyDifferent)
    {
        var rows = new List<ValueDifference> { new("Name", leftName, rightName) };
        rows.AddRange(type.Properties.Select(p => new ValueDifference(p.Type.Name, Text(p, left.Get(p.Alias), schema), Text(p, right.Get(p.Alias), schema))));
        return onlyDifferent ? [.. rows.Where(r => r.Left != r.Right)] : rows;
    }

    public static string Text(ComposedProperty property, string? stored, SchemaRegistry schema)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return "";
        }

        return property.EditorAlias switch
        {
            Aliases.RichText or "Umbraco.TinyMCE" => Plain(RichTextValue.Parse(stored).Markup),
            Aliases.Boolean => stored is "1" or "true" or "True" ? "Yes" : "No",
            Aliases.Tags => string.Join(", ", TagsValue.Parse(stored)),
            Aliases.BlockList => Blocks(stored, schema),
            Aliases.MediaPicker3 => string.Join(", ", MediaPickerValue.Parse(stored).Select(m => m.MediaKey)),
            Aliases.MultiUrlPicker => string.Join(", ", MultiUrlPickerValue.Parse(stored).Select(l => $"{l.Name} {l.Url ?? l.Udi?.ToString()}".Trim())),
            _ => stored,
        };
    }

    private static string Blocks(string stored, SchemaRegistry schema)
    {
        var lines = new List<string>();
        var number = 1;
        foreach (var (block, _) in BlockListValue.Parse(stored).Items())
        {
            var type = schema.ContentType(block.ContentTypeKey);
            var composed = type is null ? null : schema.Compose(type);
            var parts = composed?.Properties.Select(p => Text(p, block.Values.Get(p.Alias), schema)).Where(t => t.Length > 0) ?? [];
            lines.Add($"{number++}. {string.Join(" | ", parts)}");
        }

        return string.Join("\n", lines);
    }

    private static string Plain(string markup) =>
        WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(markup.Replace("</p>", "\n", StringComparison.Ordinal), " "), " ")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \t]+")]
    private static partial Regex Spaces();
}
