using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace ClinicCms.Core.Schema;

/// <summary>
/// The immutable schema of a site: data types, content types of every kind, templates and languages,
/// looked up by alias or key. Built once per schema version and shared by every request.
/// </summary>
public sealed class SchemaRegistry
{
    private readonly FrozenDictionary<Guid, DataTypeDefinition> _dataTypes;
    private readonly FrozenDictionary<Guid, ContentTypeDefinition> _typesByKey;
    private readonly FrozenDictionary<string, ContentTypeDefinition> _documentTypes;
    private readonly FrozenDictionary<string, ContentTypeDefinition> _mediaTypes;
    private readonly FrozenDictionary<string, TemplateDefinition> _templates;
    private readonly ConcurrentDictionary<Guid, ComposedContentType> _composed = new();

    public SchemaRegistry(
        IEnumerable<DataTypeDefinition> dataTypes,
        IEnumerable<ContentTypeDefinition> contentTypes,
        IEnumerable<TemplateDefinition> templates,
        IEnumerable<LanguageDefinition>? languages = null)
    {
        DataTypes = [.. dataTypes.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase)];
        ContentTypes = [.. contentTypes.OrderBy(t => t.Alias, StringComparer.OrdinalIgnoreCase)];
        Templates = [.. templates.OrderBy(t => t.Level).ThenBy(t => t.Alias, StringComparer.OrdinalIgnoreCase)];
        Languages = [.. (languages ?? []).OrderByDescending(l => l.IsDefault).ThenBy(l => l.IsoCode, StringComparer.OrdinalIgnoreCase)];

        _dataTypes = DataTypes.ToFrozenDictionary(d => d.Key);
        _typesByKey = ContentTypes.ToFrozenDictionary(t => t.Key);
        // Aliases are unique in a valid schema; uSync validation reports clashes, and this stays usable meanwhile.
        _documentTypes = ByAlias(ContentTypes.Where(t => t.Kind == ContentTypeKind.Document), t => t.Alias);
        _mediaTypes = ByAlias(ContentTypes.Where(t => t.Kind == ContentTypeKind.Media), t => t.Alias);
        _templates = ByAlias(Templates, t => t.Alias);
    }

    public static SchemaRegistry Empty { get; } = new([], [], []);

    private static FrozenDictionary<string, T> ByAlias<T>(IEnumerable<T> items, Func<T, string> alias) =>
        items.GroupBy(alias, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<DataTypeDefinition> DataTypes { get; }
    public IReadOnlyList<ContentTypeDefinition> ContentTypes { get; }
    public IReadOnlyList<TemplateDefinition> Templates { get; }
    public IReadOnlyList<LanguageDefinition> Languages { get; }

    public LanguageDefinition? DefaultLanguage => Languages.FirstOrDefault(l => l.IsDefault) ?? Languages.FirstOrDefault();

    public DataTypeDefinition? DataType(Guid key) => _dataTypes.GetValueOrDefault(key);

    public ContentTypeDefinition? ContentType(Guid key) => _typesByKey.GetValueOrDefault(key);

    /// <summary>A document or element type by alias.</summary>
    public ContentTypeDefinition? DocumentType(string alias) => _documentTypes.GetValueOrDefault(alias);

    public ContentTypeDefinition? MediaType(string alias) => _mediaTypes.GetValueOrDefault(alias);

    public TemplateDefinition? Template(string alias) => _templates.GetValueOrDefault(alias);

    public TemplateDefinition? Template(Guid key) => Templates.FirstOrDefault(t => t.Key == key);

    /// <summary>The document types that may be created below a node of the given type (or at the root when null).</summary>
    public IReadOnlyList<ContentTypeDefinition> AllowedChildren(string? parentAlias)
    {
        if (parentAlias is null)
        {
            return [.. _documentTypes.Values.Where(t => t.AllowAtRoot && !t.IsElement).OrderBy(t => t.Name)];
        }

        var parent = DocumentType(parentAlias) ?? MediaType(parentAlias);
        return parent is null
            ? []
            : [.. parent.AllowedChildren.OrderBy(c => c.SortOrder).Select(c => ContentType(c.Key)).OfType<ContentTypeDefinition>()];
    }

    public ComposedContentType Compose(ContentTypeDefinition type) => _composed.GetOrAdd(type.Key, _ => BuildComposed(type));

    public ComposedContentType? ComposeDocumentType(string alias) => DocumentType(alias) is { } t ? Compose(t) : null;

    public ComposedContentType? ComposeMediaType(string alias) => MediaType(alias) is { } t ? Compose(t) : null;

    private ComposedContentType BuildComposed(ContentTypeDefinition type)
    {
        var chain = new List<ContentTypeDefinition>();
        CollectComposition(type, chain, []);

        var groups = chain.SelectMany(t => t.Groups)
            .GroupBy(g => g.Alias, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(x => x.SortOrder).First())
            .ToList();
        var groupOrder = groups.ToDictionary(g => g.Alias, GroupSortKey, StringComparer.OrdinalIgnoreCase);

        var properties = chain
            .SelectMany(t => t.Properties.Select(p => (Type: p, DeclaredOn: t)))
            .Select(x => new ComposedProperty(
                x.Type,
                DataType(x.Type.DataTypeKey) ?? MissingDataType(x.Type),
                x.DeclaredOn))
            .DistinctBy(p => p.Alias, StringComparer.OrdinalIgnoreCase)
            .OrderBy(p => p.Type.GroupAlias is { } a && groupOrder.TryGetValue(a, out var o) ? o : (-1, -1))
            .ThenBy(p => p.Type.SortOrder)
            .ToList();

        var orderedGroups = groups.OrderBy(g => groupOrder[g.Alias]).ToList();
        return new ComposedContentType(type, properties, orderedGroups);

        (int, int) GroupSortKey(PropertyGroupDefinition g)
        {
            var parent = g.ParentAlias is { } p ? groups.FirstOrDefault(x => x.Alias.Equals(p, StringComparison.OrdinalIgnoreCase)) : null;
            return parent is null ? (g.SortOrder, -1) : (parent.SortOrder, g.SortOrder);
        }
    }

    // The type itself first, so that its own properties win over a composition's with the same alias.
    private void CollectComposition(ContentTypeDefinition type, List<ContentTypeDefinition> chain, HashSet<Guid> seen)
    {
        if (!seen.Add(type.Key))
        {
            return;
        }

        chain.Add(type);
        var inherited = type.Compositions.Select(c => c.Key);
        if (type.Parent is { } parent)
        {
            inherited = inherited.Prepend(parent.Key);
        }

        foreach (var key in inherited)
        {
            if (ContentType(key) is { } composed)
            {
                CollectComposition(composed, chain, seen);
            }
        }
    }

    // Validation refuses such a schema on import; this keeps a half-valid registry readable instead of throwing.
    private static DataTypeDefinition MissingDataType(PropertyTypeDefinition property) => new()
    {
        Key = property.DataTypeKey,
        Name = $"Missing data type {property.DataTypeKey}",
        EditorAlias = property.EditorAlias,
    };
}
