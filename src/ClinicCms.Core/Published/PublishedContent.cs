using System.Diagnostics;
using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.Published;

/// <summary>
/// A node of a <see cref="PublishedSnapshot"/>. Property values are converted on first read and kept while the node is
/// among the recently read (see <see cref="ConvertedValuesBudget"/>).
/// </summary>
internal sealed class PublishedContent : IPublishedContent
{
    private readonly PublishedNodeData _data;
    private readonly PublishedSnapshot _snapshot;
    private ConvertedValues? _cached;

    public PublishedContent(PublishedNodeData data, ComposedContentType type, string? templateAlias, PublishedSnapshot snapshot)
    {
        _data = data;
        _snapshot = snapshot;
        ContentType = type;
        TemplateAlias = templateAlias;
    }

    public Guid Key => _data.Key;
    public int Id => _data.Id;
    public string Name => _data.Name;
    public string UrlSegment => _data.UrlSegment;
    public string Url { get; internal set; } = string.Empty;
    public int Level => _data.Level;
    public int SortOrder => _data.SortOrder;
    public DateTime CreateDate => _data.CreateDate;
    public DateTime UpdateDate => _data.UpdateDate;
    public string? TemplateAlias { get; }
    public bool IsMedia => _data.Kind == ContentItemKind.Media;
    public ComposedContentType ContentType { get; }
    public PublishedNodeData Data => _data;

    /// <summary>The typed model that wraps this node (or the node itself); what parents, children and pickers return.</summary>
    public IPublishedContent Model { get; internal set; } = null!;

    public IPublishedContent? Parent => ParentNode?.Model;

    internal PublishedContent? ParentNode { get; set; }

    internal List<PublishedContent> ChildNodes { get; } = [];

    private IReadOnlyList<IPublishedContent>? _children;

    public IReadOnlyList<IPublishedContent> Children
    {
        get
        {
            RenderDependencies.ChildrenRead(Key);
            return _children ??= [.. ChildNodes.Select(c => c.Model)];
        }
    }

    public object? Value(string alias)
    {
        RenderDependencies.ContentRead(Key);
        var index = IndexOf(alias);
        if (index < 0)
        {
            return null;
        }

        var property = ContentType.Properties[index];
        var culture = property.Type.Variations is ContentVariation.Culture or ContentVariation.CultureAndSegment ? _snapshot.DefaultCulture : null;

        // A short value of a node not being read as a whole (a topic or reviewer looked up across the site) comes
        // straight from the packed form, without decompressing the node's long texts or holding its values.
        if (Volatile.Read(ref _cached) is null && _data.PackedValues is { } packed && PackedPropertyValues.TryReadShort(packed, property.Alias, out var shortValues))
        {
            return _snapshot.Converters.Convert(property, shortValues.Get(property.Alias, culture), _snapshot);
        }

        var entry = Values();
        var cached = entry.Converted[index];
        if (!ReferenceEquals(cached, ConvertedValues.NotConverted))
        {
            return cached;
        }

        var converted = _snapshot.Converters.Convert(property, entry.Source.Get(property.Alias, culture), _snapshot);
        entry.Converted[index] = converted;
        return converted;
    }

    /// <summary>
    /// A value the typed model derives from a property (a list of blocks, an HTML string), kept with this node's
    /// converted values so that the budget frees it with them. Typed models kept such values in fields before, which
    /// held every page's sections for the life of the snapshot: a crawl of the site's 9,781 articles kept about
    /// 250 MB of them (bench/README.md, memory figures).
    /// </summary>
    internal T ModelValue<T>(string alias, Func<T> read)
    {
        var index = IndexOf(alias);
        if (index >= 0 && Volatile.Read(ref _cached) is { } held && held.Models[index] is var kept && !ReferenceEquals(kept, ConvertedValues.NotConverted))
        {
            RenderDependencies.ContentRead(Key);
            held.LastRead = Stopwatch.GetTimestamp();
            return (T)kept!;
        }

        var value = read();

        // Only a node whose values are held keeps it: a short value read from the packed form is cheap to read again.
        if (index >= 0 && Volatile.Read(ref _cached) is { } entry)
        {
            entry.Models[index] = value;
        }

        return value;
    }

    internal ConvertedValues? CachedValues => Volatile.Read(ref _cached);

    /// <summary>Gives up the converted values (when the budget needs the room); false if they were already replaced.</summary>
    internal bool Release(ConvertedValues entry) => Interlocked.CompareExchange(ref _cached, null, entry) == entry;

    // The first reader unpacks and admits the values; a reader racing it uses the winner's.
    private ConvertedValues Values()
    {
        if (Volatile.Read(ref _cached) is { } held)
        {
            held.LastRead = Stopwatch.GetTimestamp();
            return held;
        }

        var created = new ConvertedValues(_data.Values, ContentType.Properties.Count, _data.ValuesCost + 1024);
        if (Interlocked.CompareExchange(ref _cached, created, null) is { } winner)
        {
            return winner;
        }

        _snapshot.ValuesBudget.Admit(this, created);
        return created;
    }

    private int IndexOf(string alias)
    {
        var properties = ContentType.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].Alias, alias, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString() => $"{Name} ({ContentType.Alias}, {Url})";
}
