using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Published.Converters;

/// <summary>Plain text editors, and the fallback for editors ClinicCms does not know (their raw value).</summary>
public sealed class TextConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } =
        [Aliases.TextBox, Aliases.TextArea, Aliases.EmailAddress, Aliases.Label, Aliases.PlainString, Aliases.UploadField];

    public Type ValueType(ComposedProperty property) => typeof(string);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot) => text;
}
