using ClinicCms.Core.Content;

namespace ClinicCms.Core.Published;

/// <summary>The published state of one node, as loaded from storage: the input a snapshot is built from.</summary>
public sealed record PublishedNodeData
{
    private readonly PropertyValues? _values;

    public required int Id { get; init; }
    public required Guid Key { get; init; }
    public required ContentItemKind Kind { get; init; }
    public Guid ParentKey { get; init; }
    public int Level { get; init; }
    public int SortOrder { get; init; }
    public required string ContentTypeAlias { get; init; }
    public required string Name { get; init; }
    public required string UrlSegment { get; init; }
    public DateTime CreateDate { get; init; }
    public DateTime UpdateDate { get; init; }
    public Guid? TemplateKey { get; init; }

    /// <summary>
    /// The property values. Nodes loaded from storage carry only <see cref="PackedValues"/>, unpacked on each read
    /// here, so a large site's text stays compressed in memory, or out of it: when the packed form keeps only the
    /// short values, the rest is read from <see cref="Store"/>. Published nodes keep what they convert (see
    /// <see cref="PublishedSnapshot"/>).
    /// </summary>
    public PropertyValues Values
    {
        get => _values ?? (PackedValues is { } packed ? Unpack(packed) : PropertyValues.Empty);
        init => _values = value;
    }

    /// <summary>The values in <see cref="PackedPropertyValues"/> form; used when <see cref="Values"/> was not given.</summary>
    public byte[]? PackedValues { get; init; }

    /// <summary>The stored version these values are from (0 for nodes not read from storage).</summary>
    public int VersionId { get; init; }

    /// <summary>Reads the full packed values when <see cref="PackedValues"/> keeps only the short ones.</summary>
    public IPublishedValuesStore? Store { get; init; }

    /// <summary>
    /// About how many bytes this node's values take once unpacked and converted (for the converted-values budget):
    /// five bytes a character, as measured on the benchmark site's articles (UTF-16 texts, then their converted forms).
    /// </summary>
    private PropertyValues Unpack(byte[] packed)
    {
        if (!PackedPropertyValues.IsWithoutLongTexts(packed))
        {
            return PackedPropertyValues.Unpack(packed);
        }

        if (Store is null)
        {
            throw new InvalidOperationException($"Node {Key} keeps only its short values in memory but has no store to read the rest from.");
        }

        // A version deleted after this snapshot was built (its node emptied from the Recycle Bin) leaves the short values.
        return Store.ReadPacked(this) is { } stored ? PackedPropertyValues.Unpack(stored) : PackedPropertyValues.UnpackShort(packed);
    }

    internal int ValuesCost => (PackedValues is { } packed
        ? PackedPropertyValues.UnpackedLength(packed)
        : _values?.Sum(p => p.Value.Sum(v => v.Value.Length)) ?? 0) * 5;
}
