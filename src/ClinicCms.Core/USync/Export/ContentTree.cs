using ClinicCms.Core.Content;

namespace ClinicCms.Core.USync.Export;

/// <summary>
/// The content or media nodes of a site as a tree: the order uSync exports them in (depth first, by sort order)
/// and what uSync derives from the tree (level, the friendly path of safe aliases, the parent's name).
/// </summary>
public sealed class ContentTree
{
    private const string ContentRecycleBin = "/[-20]";
    private const string MediaRecycleBin = "/[-21]";

    private readonly Dictionary<Guid, ContentItem> _nodes;
    private readonly ILookup<Guid, ContentItem> _children;

    public ContentTree(IEnumerable<ContentItem> nodes)
    {
        _nodes = nodes.ToDictionary(n => n.Key);
        _children = _nodes.Values
            .OrderBy(n => n.SortOrder ?? 0)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .ThenBy(n => n.Key)
            .ToLookup(n => _nodes.ContainsKey(n.ParentKey) ? n.ParentKey : Guid.Empty);
    }

    public ContentItem? Node(Guid key) => _nodes.GetValueOrDefault(key);

    /// <summary>Every node, parents before children, siblings by sort order.</summary>
    public IEnumerable<ContentItem> DepthFirst()
    {
        var stack = new Stack<ContentItem>(_children[Guid.Empty].Reverse());
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in _children[node.Key].Reverse())
            {
                stack.Push(child);
            }
        }
    }

    public IEnumerable<ContentItem> Descendants(Guid key)
    {
        foreach (var child in _children[key])
        {
            yield return child;
            foreach (var descendant in Descendants(child.Key))
            {
                yield return descendant;
            }
        }
    }

    public int Level(ContentItem node) => Ancestors(node).Count() + 1;

    /// <summary>uSync's friendly path: each ancestor's and the node's name as a safe alias (<c>/Home/Blog/MyPost</c>).</summary>
    public string Path(ContentItem node)
    {
        var names = Ancestors(node).Reverse().Append(node).Select(n => "/" + UrlSegments.SafeAlias(n.Name));
        var bin = node.Trashed && !_nodes.ContainsKey(node.ParentKey)
            ? node.Kind == ContentItemKind.Media ? MediaRecycleBin : ContentRecycleBin
            : string.Empty;
        return bin + string.Concat(names);
    }

    /// <summary>The path of plain names uSync writes for a domain's root node (<c>/Home 5</c>).</summary>
    public string NamePath(ContentItem node) =>
        string.Concat(Ancestors(node).Reverse().Append(node).Select(n => "/" + n.Name));

    public string ParentName(ContentItem node) => _nodes.TryGetValue(node.ParentKey, out var parent) ? parent.Name : string.Empty;

    private IEnumerable<ContentItem> Ancestors(ContentItem node)
    {
        var seen = new HashSet<Guid> { node.Key };
        for (var key = node.ParentKey; _nodes.TryGetValue(key, out var parent) && seen.Add(key); key = parent.ParentKey)
        {
            yield return parent;
        }
    }
}
