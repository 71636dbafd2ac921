using ClinicCms.Core.Schema;

namespace ClinicCms.Core.Content;

/// <summary>
/// A content or media node as uSync describes it in one file: where it sits in the tree, its type, names,
/// publish state and the edited (draft) property values. Blueprints are content items with
/// <see cref="IsBlueprint"/> set.
/// </summary>
public sealed record ContentItem
{
    public required ContentItemKind Kind { get; init; }
    public required Guid Key { get; init; }

    /// <summary>The node name in the default culture.</summary>
    public required string Name { get; init; }

    /// <summary>Tree depth; root items are 1. uSync writes 100 + level for trashed items; this is the real level.</summary>
    public int Level { get; init; } = 1;

    /// <summary>The parent's key, <see cref="Guid.Empty"/> at the root.</summary>
    public Guid ParentKey { get; init; }

    public string? ParentName { get; init; }

    /// <summary>uSync's friendly path of safe aliases (<c>/Home/Articles/MyPost</c>): a display aid and a fallback.</summary>
    public string? Path { get; init; }

    public bool Trashed { get; init; }

    /// <summary>For trashed items: the parent the item was deleted from.</summary>
    public Guid? TrashedParentKey { get; init; }

    public required string ContentTypeAlias { get; init; }
    public DateTime CreateDate { get; init; }

    /// <summary>Names per culture for variant content; empty for invariant content.</summary>
    public IReadOnlyList<CultureValue> CultureNames { get; init; } = [];

    /// <summary>Null when the export left sort orders out.</summary>
    public int? SortOrder { get; init; }

    public bool Published { get; init; }

    /// <summary>Publish state per culture for variant content.</summary>
    public IReadOnlyList<CulturePublished> PublishedCultures { get; init; } = [];

    public IReadOnlyList<ScheduleEntry> Schedule { get; init; } = [];

    public TypeReference? Template { get; init; }

    public bool IsBlueprint { get; init; }

    public PropertyValues Properties { get; init; } = PropertyValues.Empty;
}

public sealed record CultureValue(string Culture, string Value);

public sealed record CulturePublished(string Culture, bool Published);

/// <summary>A scheduled release or expiry; <see cref="Culture"/> is empty for invariant content.</summary>
public sealed record ScheduleEntry(string Culture, ScheduleAction Action, DateTime Date);

public enum ScheduleAction
{
    Release,
    Expire,
}
