using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ClinicCms.Web.Features.Site.Text;

/// <summary>Plain text from sanitised rich text: for reading time, descriptions and the search index.</summary>
public static partial class HtmlText
{
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        // Block ends become spaces so that words from two paragraphs do not run together.
        var text = BlockEnd().Replace(html, " ");
        text = Tag().Replace(text, string.Empty);
        return Squash(WebUtility.HtmlDecode(text));
    }

    public static string Squash(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>At most <paramref name="length"/> characters, cut at a word and ended with an ellipsis.</summary>
    public static string Shorten(string text, int length = 160)
    {
        text = Squash(text);
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length - 1);
        return new StringBuilder(text, 0, cut > 0 ? cut : length - 1, length).Append('…').ToString();
    }

    [GeneratedRegex(@"</(p|h[1-6]|li|div|blockquote|tr|td|th)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
