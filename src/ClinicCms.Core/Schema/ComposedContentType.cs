namespace ClinicCms.Core.Schema;

/// <summary>
/// A content type with everything it inherits from its compositions (and a legacy parent type) merged in:
/// what an editor form shows and what validation and rendering use.
/// </summary>
public sealed class ComposedContentType
{
    private readonly Dictionary<string, ComposedProperty> _byAlias;

    internal ComposedContentType(
        ContentTypeDefinition definition,
        IReadOnlyList<ComposedProperty> properties,
        IReadOnlyList<PropertyGroupDefinition> groups)
    {
        Definition = definition;
        Properties = properties;
        Groups = groups;
        _byAlias = properties.ToDictionary(p => p.Alias, StringComparer.OrdinalIgnoreCase);
    }

    public ContentTypeDefinition Definition { get; }

    public string Alias => Definition.Alias;

    /// <summary>All properties, ordered by their group's sort order and then their own.</summary>
    public IReadOnlyList<ComposedProperty> Properties { get; }

    /// <summary>Tabs and groups merged by alias, ordered by sort order.</summary>
    public IReadOnlyList<PropertyGroupDefinition> Groups { get; }

    public ComposedProperty? Property(string alias) => _byAlias.GetValueOrDefault(alias);
}

/// <summary>A property of a composed type, with its data type and the type that declares it.</summary>
public sealed record ComposedProperty(
    PropertyTypeDefinition Type,
    DataTypeDefinition DataType,
    ContentTypeDefinition DeclaredOn)
{
    public string Alias => Type.Alias;
    public string EditorAlias => DataType.EditorAlias;
}
