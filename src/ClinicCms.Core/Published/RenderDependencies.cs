namespace ClinicCms.Core.Published;

/// <summary>
/// Records which nodes (and whose lists of children) a page read while it was rendered, so that its cached
/// output can be evicted exactly when one of them is published, unpublished or moved.
/// </summary>
public sealed class RenderDependencies
{
    private static readonly AsyncLocal<RenderDependencies?> Ambient = new();
    private readonly HashSet<Guid> _content = [];
    private readonly HashSet<Guid> _children = [];
    private readonly Lock _lock = new();

    public static RenderDependencies? Current => Ambient.Value;

    public IReadOnlyCollection<Guid> Content { get { lock (_lock) { return [.. _content]; } } }

    /// <summary>Nodes whose children were listed: a new, removed or re-sorted child changes the page.</summary>
    public IReadOnlyCollection<Guid> Children { get { lock (_lock) { return [.. _children]; } } }

    /// <summary>Starts recording for the current async flow; dispose the result to stop.</summary>
    public static Scope Begin() => new(Ambient.Value = new RenderDependencies());

    /// <summary>
    /// Stops recording until disposed, for work shared by every page (an index built once per snapshot), which
    /// reads everything and would otherwise tie the page that happened to build it to every node.
    /// </summary>
    public static SuspendScope Suspend()
    {
        var current = Ambient.Value;
        Ambient.Value = null;
        return new SuspendScope(current);
    }

    public static void ContentRead(Guid key)
    {
        if (Ambient.Value is { } current)
        {
            lock (current._lock)
            {
                current._content.Add(key);
            }
        }
    }

    public static void ChildrenRead(Guid key)
    {
        if (Ambient.Value is { } current)
        {
            lock (current._lock)
            {
                current._children.Add(key);
            }
        }
    }

    public readonly struct Scope(RenderDependencies dependencies) : IDisposable
    {
        public RenderDependencies Dependencies { get; } = dependencies;

        public void Dispose() => Ambient.Value = null;
    }

    public readonly struct SuspendScope(RenderDependencies? suspended) : IDisposable
    {
        public void Dispose() => Ambient.Value = suspended;
    }
}
