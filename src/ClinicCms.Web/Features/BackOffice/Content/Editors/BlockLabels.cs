using System.Net;
using System.Text.RegularExpressions;
using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;

namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>
/// Renders a Block List block's label from its data type's label template, supporting what Umbraco's label syntax is
/// used for here: <c>{umbValue: heading | fallback:[text]}</c>, <c>{{heading}}</c> and a comparison such as
/// <c>${ isSubsection == '1' ? ' (sub-section)' : '' }</c>. The browser script applies the same rules as you type.
/// </summary>
public static partial class BlockLabels
{
    public static string Render(string? template, PropertyValues values, string fallback)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return fallback;
        }

        var text = UmbValue().Replace(template, m => Plain(values.Get(m.Groups["alias"].Value)) is { Length: > 0 } v ? v : m.Groups["fallback"].Value);
        text = Mustache().Replace(text, m => Plain(values.Get(m.Groups["alias"].Value)) ?? "");
        text = Condition().Replace(text, m => (values.Get(m.Groups["alias"].Value) ?? "") == m.Groups["value"].Value ? m.Groups["yes"].Value : m.Groups["no"].Value);
        text = text.Trim();
        return text.Length == 0 ? fallback : text;
    }

    private static string? Plain(string? stored)
    {
        if (stored is null)
        {
            return null;
        }

        var markup = stored.TrimStart().StartsWith('{') ? RichTextValue.Parse(stored).Markup : stored;
        return WebUtility.HtmlDecode(Tags().Replace(markup, " ")).Trim();
    }

    [GeneratedRegex(@"\{umbValue:\s*(?<alias>\w+)\s*(\|\s*fallback:\[(?<fallback>[^\]]*)\])?\s*\}")]
    private static partial Regex UmbValue();

    [GeneratedRegex(@"\{\{\s*(?<alias>\w+)\s*\}\}|\{=\s*(?<alias>\w+)\s*\}")]
    private static partial Regex Mustache();

    [GeneratedRegex(@"\$\{\s*(?<alias>\w+)\s*==\s*'(?<value>[^']*)'\s*\?\s*'(?<yes>[^']*)'\s*:\s*'(?<no>[^']*)'\s*\}")]
    private static partial Regex Condition();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
