namespace ClinicCms.Core.Published;

/// <summary>A published document or media item in the snapshot, linked to its parent and children.</summary>
public interface IPublishedContent : IPublishedElement
{
    int Id { get; }
    string Name { get; }
    string UrlSegment { get; }

    /// <summary>The site-relative URL with a trailing slash (<c>/articles/my-article/</c>); the media file URL for media.</summary>
    string Url { get; }

    int Level { get; }
    int SortOrder { get; }
    DateTime CreateDate { get; }
    DateTime UpdateDate { get; }

    /// <summary>The alias of the template that renders it, or null.</summary>
    string? TemplateAlias { get; }

    bool IsMedia { get; }
    IPublishedContent? Parent { get; }
    IReadOnlyList<IPublishedContent> Children { get; }
}
