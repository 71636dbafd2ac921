using ClinicCms.Core.Schema;

namespace ClinicCms.Core.Published;

/// <summary>Turns the stored text of one property editor's values into the typed value templates use.</summary>
public interface IPropertyValueConverter
{
    /// <summary>The editor aliases this converter handles.</summary>
    IReadOnlyCollection<string> EditorAliases { get; }

    /// <summary>The CLR type of converted values for the property (the generated model's property type).</summary>
    Type ValueType(ComposedProperty property);

    /// <summary>The value for a non-empty stored text.</summary>
    object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot);
}
