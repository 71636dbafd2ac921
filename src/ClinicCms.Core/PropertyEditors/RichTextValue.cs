using System.Text.Json.Nodes;

namespace ClinicCms.Core.PropertyEditors;

/// <summary>
/// A rich text value: Umbraco 15+ stores <c>{"blocks": …, "markup": "&lt;p&gt;…"}</c>, older values are plain HTML.
/// </summary>
public sealed record RichTextValue(string Markup)
{
    public static RichTextValue Empty { get; } = new(string.Empty);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Markup);

    public static RichTextValue Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        return ValueJson.TryParse(text) is JsonObject obj
            ? new RichTextValue(obj.GetString("markup") ?? string.Empty)
            : new RichTextValue(text);
    }

    /// <summary>The stored text for markup, in the shape Umbraco 17 writes for a rich text property.</summary>
    public static string ToStoredText(string markup) => ValueJson.Write(new JsonObject
    {
        ["blocks"] = null,
        ["markup"] = markup,
    });
}
