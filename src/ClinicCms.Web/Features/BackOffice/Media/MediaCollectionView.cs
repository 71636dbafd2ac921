using ClinicCms.Web.Features.BackOffice.Content;
using ClinicCms.Web.Features.Media;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>
/// A folder's collection (or the library's root, or search results): one page of items in Grid or List view, the
/// upload and create tools, and for a folder its name form (rename).
/// </summary>
public sealed class MediaCollectionView
{
    public Guid ParentKey { get; init; }

    /// <summary>The folder shown; null for the root and for search results.</summary>
    public MediaItem? Folder { get; init; }

    public IReadOnlyList<MediaAncestor> Ancestors { get; init; } = [];
    public required MediaPage Page { get; init; }
    public string? Query { get; init; }
    public MediaCollectionLayout Layout { get; init; }
    public required MediaTreeSidebar Tree { get; init; }

    /// <summary>The antiforgery token the upload script sends in its header.</summary>
    public required string UploadToken { get; init; }

    public int MaxFilesPerUpload { get; init; }

    /// <summary>The folder's name in the form (what was posted, after a refused rename).</summary>
    public string Name { get; set; } = "";

    public int Version { get; set; }
    public IReadOnlyList<string> NameErrors { get; set; } = [];
    public Notice? Notice { get; set; }
    public MediaConflict? Conflict { get; set; }

    public bool IsSearch => Query is { Length: > 0 };

    public string Title => IsSearch ? $"Search results for \u201c{Query}\u201d" : Folder?.Name ?? "Media";

    /// <summary>This list's URL at another page or in another layout.</summary>
    public string Url(int skip, MediaCollectionLayout? layout = null)
    {
        var query = new List<string>();
        if (IsSearch)
        {
            query.Add("q=" + Uri.EscapeDataString(Query!));
        }

        if ((layout ?? Layout) == MediaCollectionLayout.List)
        {
            query.Add("view=list");
        }

        if (skip > 0)
        {
            query.Add("skip=" + skip);
        }

        var path = IsSearch ? MediaSectionUrls.Section : MediaSectionUrls.Folder(ParentKey);
        return query.Count == 0 ? path : path + "?" + string.Join("&", query);
    }
}
