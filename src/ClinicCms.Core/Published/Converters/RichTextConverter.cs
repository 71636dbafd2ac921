using System.Text.RegularExpressions;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using Umbraco.Cms.Core;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Published.Converters;

/// <summary>Rich text: the markup with <c>{localLink:…}</c> references replaced by the linked node's current URL.</summary>
public sealed partial class RichTextConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.RichText, "Umbraco.TinyMCE"];

    public Type ValueType(ComposedProperty property) => typeof(HtmlMarkup);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot)
    {
        var markup = RichTextValue.Parse(text).Markup;
        return markup.Length == 0 ? null : new HtmlMarkup(ResolveLinks(markup, snapshot));
    }

    public static string ResolveLinks(string markup, PublishedSnapshot snapshot)
    {
        if (!markup.Contains("{localLink:", StringComparison.Ordinal))
        {
            return markup;
        }

        return LocalLink().Replace(markup, match =>
        {
            var reference = match.Groups["ref"].Value;
            var key = Guid.TryParse(reference, out var g) ? g
                : UdiParser.TryParse(reference, out GuidUdi? udi) && udi is not null ? udi.Guid
                : Guid.Empty;
            return (snapshot.Content(key) ?? snapshot.Media(key))?.Url ?? "#";
        });
    }

    [GeneratedRegex(@"/?\{localLink:(?<ref>[^}]+)\}")]
    private static partial Regex LocalLink();
}
