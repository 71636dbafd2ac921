using System.Collections.Frozen;
using ClinicCms.Core.Content;
using ClinicCms.Core.Published.Converters;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.Published;

/// <summary>
/// An immutable picture of everything published, shared by all requests: nodes linked into trees, URLs and a
/// route table. A publish builds a new snapshot and swaps it in; readers holding the old one are not disturbed.
/// Nodes whose type is unknown or whose parent is not published are left out (they cannot be reached).
/// </summary>
public sealed class PublishedSnapshot
{
    private readonly FrozenDictionary<Guid, PublishedContent> _content;
    private readonly FrozenDictionary<Guid, PublishedContent> _media;
    private readonly FrozenDictionary<string, PublishedContent> _routes;
    private readonly FrozenDictionary<Guid, PublishedNodeData> _data;

    private PublishedSnapshot(
        SchemaRegistry schema,
        FrozenDictionary<Guid, PublishedNodeData> data,
        PropertyValueConverters converters,
        IPublishedModelFactory modelFactory,
        long version,
        long valuesBudgetBytes)
    {
        Schema = schema;
        Converters = converters;
        ModelFactory = modelFactory;
        Version = version;
        ValuesBudget = new ConvertedValuesBudget(valuesBudgetBytes);
        DefaultCulture = schema.DefaultLanguage?.IsoCode;
        _data = data;

        var content = new Dictionary<Guid, PublishedContent>();
        var media = new Dictionary<Guid, PublishedContent>();
        foreach (var node in data.Values)
        {
            var type = node.Kind == ContentItemKind.Media ? schema.MediaType(node.ContentTypeAlias) : schema.DocumentType(node.ContentTypeAlias);
            if (type is null || type.IsElement)
            {
                continue;
            }

            var template = node.TemplateKey is { } key ? schema.Template(key)?.Alias : null;
            var published = new PublishedContent(node, schema.Compose(type), template, this);
            (node.Kind == ContentItemKind.Media ? media : content)[node.Key] = published;
        }

        Roots = Link(content);
        MediaRoots = Link(media);
        _content = Reachable(Roots).ToFrozenDictionary(c => c.Key);
        _media = Reachable(MediaRoots).ToFrozenDictionary(c => c.Key);

        var routes = new Dictionary<string, PublishedContent>(StringComparer.OrdinalIgnoreCase);
        AssignUrls(routes);
        _routes = routes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        foreach (var node in _content.Values.Concat(_media.Values))
        {
            node.Model = modelFactory.CreateModel(node);
        }
    }

    public SchemaRegistry Schema { get; }
    public PropertyValueConverters Converters { get; }
    public IPublishedModelFactory ModelFactory { get; }

    /// <summary>Increases with every snapshot built in this process.</summary>
    public long Version { get; }

    /// <summary>How much memory the converted values of this snapshot's nodes may take, and how much they take now.</summary>
    public ConvertedValuesBudget ValuesBudget { get; }

    public string? DefaultCulture { get; }

    internal IReadOnlyList<PublishedContent> Roots { get; }
    internal IReadOnlyList<PublishedContent> MediaRoots { get; }

    public IReadOnlyList<IPublishedContent> RootContent => [.. Roots.Select(r => r.Model)];

    public IEnumerable<IPublishedContent> AllContent => _content.Values.Select(c => c.Model);

    public IEnumerable<IPublishedContent> AllMedia => _media.Values.Select(c => c.Model);

    public int Count => _content.Count;

    public static PublishedSnapshot Empty { get; } = Build(SchemaRegistry.Empty, []);

    public static PublishedSnapshot Build(
        SchemaRegistry schema,
        IEnumerable<PublishedNodeData> nodes,
        PropertyValueConverters? converters = null,
        IPublishedModelFactory? modelFactory = null,
        long version = 0,
        long valuesBudgetBytes = ConvertedValuesBudget.DefaultBytes) =>
        new(schema, nodes.ToFrozenDictionary(n => n.Key), converters ?? PropertyValueConverters.Default, modelFactory ?? NoModelsFactory.Instance, version, valuesBudgetBytes);

    /// <summary>A new snapshot with some nodes added or replaced and some removed; the rest is reused.</summary>
    public PublishedSnapshot With(IEnumerable<PublishedNodeData> upserts, IEnumerable<Guid> removals, long version)
    {
        var data = new Dictionary<Guid, PublishedNodeData>(_data);
        foreach (var key in removals)
        {
            data.Remove(key);
        }

        foreach (var node in upserts)
        {
            data[node.Key] = node;
        }

        return new PublishedSnapshot(Schema, data.ToFrozenDictionary(), Converters, ModelFactory, version, ValuesBudget.Bytes);
    }

    /// <summary>The same published data seen through a new schema (after a schema import).</summary>
    public PublishedSnapshot WithSchema(SchemaRegistry schema, long version) =>
        new(schema, _data, Converters, ModelFactory, version, ValuesBudget.Bytes);

    public IPublishedContent? Content(Guid key) => _content.TryGetValue(key, out var c) ? c.Model : null;

    public IPublishedContent? Media(Guid key) => _media.TryGetValue(key, out var m) ? m.Model : null;

    public bool Contains(Guid key) => _content.ContainsKey(key) || _media.ContainsKey(key);

    /// <summary>The published data a node was built from (also for nodes that are not reachable).</summary>
    public PublishedNodeData? Data(Guid key) => _data.GetValueOrDefault(key);

    /// <summary>The node at a URL path; the trailing slash and letter case do not matter.</summary>
    public IPublishedContent? Route(string path) => _routes.TryGetValue(NormalisePath(path), out var node) ? node.Model : null;

    public static string NormalisePath(string path)
    {
        var trimmed = path.Trim();
        if (trimmed.Length == 0 || trimmed == "/")
        {
            return "/";
        }

        if (!trimmed.StartsWith('/'))
        {
            trimmed = "/" + trimmed;
        }

        return trimmed.EndsWith('/') ? trimmed : trimmed + "/";
    }

    private static List<PublishedContent> Link(Dictionary<Guid, PublishedContent> nodes)
    {
        var roots = new List<PublishedContent>();
        foreach (var node in nodes.Values)
        {
            if (node.Data.ParentKey == Guid.Empty)
            {
                roots.Add(node);
            }
            else if (nodes.TryGetValue(node.Data.ParentKey, out var parent))
            {
                node.ParentNode = parent;
                parent.ChildNodes.Add(node);
            }
        }

        foreach (var node in nodes.Values)
        {
            node.ChildNodes.Sort(BySortOrder);
        }

        roots.Sort(BySortOrder);
        return roots;
    }

    private static int BySortOrder(PublishedContent a, PublishedContent b) =>
        a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.Id.CompareTo(b.Id);

    private static IEnumerable<PublishedContent> Reachable(IEnumerable<PublishedContent> roots)
    {
        var stack = new Stack<PublishedContent>(roots);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.ChildNodes)
            {
                stack.Push(child);
            }
        }
    }

    // Umbraco hides the top-level node from paths: the first root is "/", its children "/child/".
    // Further roots keep their own segment so their pages stay reachable without domains.
    private void AssignUrls(Dictionary<string, PublishedContent> routes)
    {
        for (var i = 0; i < Roots.Count; i++)
        {
            var root = Roots[i];
            var prefix = i == 0 ? "/" : "/" + root.UrlSegment + "/";
            root.Url = prefix;
            routes.TryAdd(prefix, root);
            AssignChildUrls(root, prefix, routes);
        }

        foreach (var media in _media.Values)
        {
            media.Url = MediaUrl(media);
        }
    }

    private static void AssignChildUrls(PublishedContent parent, string prefix, Dictionary<string, PublishedContent> routes)
    {
        foreach (var child in parent.ChildNodes)
        {
            var url = prefix + child.UrlSegment + "/";
            child.Url = url;
            routes.TryAdd(url, child);
            AssignChildUrls(child, url, routes);
        }
    }

    private static string MediaUrl(PublishedContent media) =>
        ImageCropperConverter.Parse(media.Data.Values.Get("umbracoFile"))?.Src ?? string.Empty;
}
