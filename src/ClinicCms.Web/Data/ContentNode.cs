using ClinicCms.Core.Content;

namespace ClinicCms.Web.Data;

/// <summary>
/// One document or media node. Only what is queried has a column; property values live in
/// <see cref="ContentVersion"/> rows. <see cref="VersionNumber"/> is the number of the latest saved version:
/// a save based on an older one is refused.
/// </summary>
public sealed class ContentNode
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public ContentItemKind Kind { get; set; }

    /// <summary><see cref="Guid.Empty"/> at the root.</summary>
    public Guid ParentKey { get; set; }

    public int Level { get; set; }

    /// <summary>Ancestor ids and its own, as Umbraco writes them: <c>-1,12,34</c>.</summary>
    public string Path { get; set; } = "-1";

    public int SortOrder { get; set; }
    public required string ContentTypeAlias { get; set; }

    /// <summary>The name of the latest (draft) version.</summary>
    public required string Name { get; set; }

    public Guid? TemplateKey { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
    public bool Trashed { get; set; }

    /// <summary>Where a trashed node was deleted from, for restoring it.</summary>
    public Guid? TrashedParentKey { get; set; }

    public int VersionNumber { get; set; }
    public int? DraftVersionId { get; set; }
    public int? PublishedVersionId { get; set; }

    /// <summary>True when the draft has changes that are not published.</summary>
    public bool Edited { get; set; }

    public DateTime? PublishDate { get; set; }

    /// <summary>The version last written by a uSync import; a later version means the node was edited here since.</summary>
    public int? ImportedVersionNumber { get; set; }

    /// <summary>
    /// A hash of the node as the last uSync import left it (names, place, publish state, values); when the node's
    /// current hash differs, it was changed in this environment and an import must not overwrite it unforced.
    /// </summary>
    public string? ImportedFingerprint { get; set; }

    /// <summary>Publish state per culture for variant content (JSON <c>{"en-US":true}</c>); null for invariant content.</summary>
    public string? PublishedCultures { get; set; }

    /// <summary>Scheduled releases and expiries (JSON), as uSync carries them; null when there are none.</summary>
    public string? Schedule { get; set; }

    public string? CreatorName { get; set; }
    public string? WriterName { get; set; }

    public List<ContentVersion> Versions { get; set; } = [];
}
