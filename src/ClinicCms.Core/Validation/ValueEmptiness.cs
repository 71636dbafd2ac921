using System.Text.RegularExpressions;
using ClinicCms.Core.PropertyEditors;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Validation;

/// <summary>Whether a stored value counts as "no value" for its editor (an empty list, a paragraph with nothing in it).</summary>
public static partial class ValueEmptiness
{
    public static bool IsEmpty(string editorAlias, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        return editorAlias switch
        {
            Aliases.RichText or "Umbraco.TinyMCE" => IsEmptyMarkup(RichTextValue.Parse(text).Markup),
            Aliases.BlockList => BlockListValue.Parse(text).IsEmpty,
            Aliases.MediaPicker3 => MediaPickerValue.Parse(text).Count == 0,
            Aliases.Tags => TagsValue.Parse(text).Count == 0,
            Aliases.MultiUrlPicker => MultiUrlPickerValue.Parse(text).Count == 0,
            Aliases.MultiNodeTreePicker or Aliases.ContentPicker => UdiValue.ParseList(text).Count == 0,
            _ => text.Trim() is "[]" or "{}",
        };
    }

    // Text, images, iframes and embeds count as content; empty paragraphs and line breaks do not.
    private static bool IsEmptyMarkup(string markup) =>
        !markup.Contains("<img", StringComparison.OrdinalIgnoreCase)
        && !markup.Contains("<iframe", StringComparison.OrdinalIgnoreCase)
        && string.IsNullOrWhiteSpace(Tags().Replace(markup, string.Empty).Replace("&nbsp;", " ", StringComparison.Ordinal));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
