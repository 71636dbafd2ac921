using System.Text.Json.Nodes;

namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>The rich text toolbar a data type configures (Umbraco 17's Tiptap toolbar aliases), as the editor script reads it.</summary>
public static class RichTextToolbar
{
    private static readonly string[] Default = ["bold", "italic", "h2", "h3", "bulletList", "orderedList", "blockquote", "link", "unlink"];

    public static string From(JsonObject config)
    {
        var names = (config["toolbar"] as JsonArray ?? [])
            .SelectMany(Flatten)
            .Select(alias => alias.Replace("Umb.Tiptap.Toolbar.", "", StringComparison.Ordinal))
            .Select(alias => alias switch
            {
                "Bold" => "bold", "Italic" => "italic", "Heading2" => "h2", "Heading3" => "h3", "Heading4" => "h4",
                "BulletList" => "bulletList", "OrderedList" => "orderedList", "Blockquote" => "blockquote",
                "Link" => "link", "Unlink" => "unlink", _ => null,
            })
            .OfType<string>()
            .ToList();
        return string.Join(",", names.Count > 0 ? names : [.. Default]);
    }

    private static IEnumerable<string> Flatten(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Flatten),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
