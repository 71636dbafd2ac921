using Ganss.Xss;

namespace ClinicCms.Web.Features.Content;

/// <summary>
/// Cleans rich text on the server before it is stored: only the formatting editors need (headings, lists, emphasis,
/// links, quotes, images) survives; scripts, event handlers, styles and <c>javascript:</c> links are removed.
/// </summary>
public sealed class RichTextSanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public RichTextSanitizer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
                "ul", "ol", "li", "a", "blockquote", "hr", "img", "figure", "figcaption",
                "table", "thead", "tbody", "tr", "th", "td", "caption", "abbr", "span", "code", "pre",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "target", "rel", "type", "data-udi", "data-anchor", "src", "alt", "width", "height",
                "colspan", "rowspan", "scope", "lang",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(),
        });
        _sanitizer.AllowDataAttributes = false;
        _sanitizer.PostProcessNode += (_, e) =>
        {
            // Links that open a new window must not hand it a reference to this one.
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement { Target: "_blank" } anchor)
            {
                anchor.SetAttribute("rel", "noopener");
            }
        };
    }

    public string Sanitize(string markup) => string.IsNullOrEmpty(markup) ? markup : _sanitizer.Sanitize(markup);
}
