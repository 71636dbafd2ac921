using System.Globalization;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Published.Converters;

/// <summary>Dates are stored as <c>yyyy-MM-ddTHH:mm:ss</c> without a zone.</summary>
public sealed class DateTimeConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.DateTime];

    public Type ValueType(ComposedProperty property) => typeof(DateTime?);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>True/False is stored as <c>1</c> or <c>0</c>.</summary>
public sealed class TrueFalseConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.Boolean];

    public Type ValueType(ComposedProperty property) => typeof(bool);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot) =>
        text.Trim() is "1" || text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
}

public sealed class IntegerConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.Integer];

    public Type ValueType(ComposedProperty property) => typeof(int?);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}

public sealed class DecimalConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.Decimal];

    public Type ValueType(ComposedProperty property) => typeof(decimal?);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}

public sealed class TagsConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.Tags];

    public Type ValueType(ComposedProperty property) => typeof(IReadOnlyList<string>);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot) => TagsValue.Parse(text);
}
