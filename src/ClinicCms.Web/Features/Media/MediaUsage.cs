namespace ClinicCms.Web.Features.Media;

/// <summary>
/// A content node that uses a media item: in its latest draft, its published version or both, and where
/// (property paths such as <c>heroImage</c> or <c>sections[1].body</c>). Trashed content is listed too: it can be restored.
/// </summary>
public sealed record MediaUsage(
    Guid ContentKey,
    string ContentName,
    string ContentTypeAlias,
    Guid MediaKey,
    bool InDraft,
    bool InPublished,
    bool Trashed,
    IReadOnlyList<string> Paths);
