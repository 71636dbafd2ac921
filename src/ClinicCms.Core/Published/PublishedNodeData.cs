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
    /// here, so a large site's text stays compressed in memory; published nodes keep what they convert (see
    /// <see cref="PublishedSnapshot"/>).
    /// </summary>
    public PropertyValues Values
    {
        get => _values ?? (PackedValues is { } packed ? PackedPropertyValues.Unpack(packed) : PropertyValues.Empty);
        init => _values = value;
    }

    /// <summary>The values in <see cref="PackedPropertyValues"/> form; used when <see cref="Values"/> was not given.</summary>
    public byte[]? PackedValues { get; init; }

    /// <summary>
    /// About how many bytes this node's values take once unpacked and converted (for the converted-values budget):
    /// five bytes a character, as measured on the benchmark site's articles (UTF-16 texts, then their converted forms).
    /// </summary>
    internal int ValuesCost => (PackedValues is { } packed
        ? PackedPropertyValues.UnpackedLength(packed)
        : _values?.Sum(p => p.Value.Sum(v => v.Value.Length)) ?? 0) * 5;
}
