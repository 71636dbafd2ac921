namespace ClinicCms.Core.Schema;

/// <summary>
/// A document type, element type, composition, media type or member type, as defined in its own uSync file.
/// Only the properties defined on this type are listed; <see cref="SchemaRegistry"/> composes the rest.
/// </summary>
public sealed record ContentTypeDefinition
{
    public required ContentTypeKind Kind { get; init; }
    public required Guid Key { get; init; }
    public required string Alias { get; init; }
    public int Level { get; init; } = 1;
    public required string Name { get; init; }
    public string? Icon { get; init; }
    public string? Thumbnail { get; init; }
    public string? Description { get; init; }
    public bool AllowAtRoot { get; init; }

    /// <summary>The collection (list view) data type key, v14+; the empty GUID means none.</summary>
    public Guid? ListView { get; init; }

    /// <summary>v13's list-view flag, kept when read from a v13 file.</summary>
    public bool? IsListView { get; init; }

    public ContentVariation Variations { get; init; }
    public bool IsElement { get; init; }

    /// <summary>Document types only.</summary>
    public HistoryCleanupSettings? HistoryCleanup { get; init; }

    /// <summary>A legacy "master" parent type; mutually exclusive with <see cref="Folder"/>.</summary>
    public TypeReference? Parent { get; init; }

    /// <summary>URL-encoded container path joined with <c>/</c>, e.g. <c>Pages</c>.</summary>
    public string? Folder { get; init; }

    public IReadOnlyList<TypeReference> Compositions { get; init; } = [];
    public string? DefaultTemplate { get; init; }
    public IReadOnlyList<TypeReference> AllowedTemplates { get; init; } = [];

    /// <summary>Umbraco 18's <c>AllowedInLibrary</c>; null when the file does not have it.</summary>
    public bool? AllowedInLibrary { get; init; }

    public IReadOnlyList<AllowedChildType> AllowedChildren { get; init; } = [];
    public IReadOnlyList<PropertyTypeDefinition> Properties { get; init; } = [];
    public IReadOnlyList<PropertyGroupDefinition> Groups { get; init; } = [];

    public bool VariesByCulture => Variations is ContentVariation.Culture or ContentVariation.CultureAndSegment;
}
