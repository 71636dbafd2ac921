using ClinicCms.Core.PropertyEditors;

namespace ClinicCms.Web.Features.Media;

/// <summary>
/// A media item as the back office lists it. <see cref="ThumbnailUrl"/> is a processed square image for raster
/// images, the file itself for SVG, and null for folders, PDFs and items in the recycle bin (their files are not
/// served). <see cref="NeedsAltText"/> flags images that break the alt-text rule.
/// </summary>
public sealed record MediaItem(
    Guid Key,
    Guid ParentKey,
    string Name,
    string MediaTypeAlias,
    bool IsFolder,
    string? Url,
    string? ThumbnailUrl,
    int? Width,
    int? Height,
    long? Bytes,
    string? Extension,
    string? AltText,
    bool IsDecorative,
    bool NeedsAltText,
    FocalPoint? FocalPoint,
    bool Trashed,
    int SortOrder,
    int VersionNumber,
    DateTime UpdateDate);

/// <summary>One page of a list, with the total so the back office can page.</summary>
public sealed record MediaPage(IReadOnlyList<MediaItem> Items, int Total, int Skip, int Take);

/// <summary>A crop of an image, with a URL at a width the site generates.</summary>
public sealed record MediaCrop(string Alias, string Label, int Width, int Height, string Url);

/// <summary>An ancestor folder, for the breadcrumb.</summary>
public sealed record MediaAncestor(Guid Key, string Name);

/// <summary>Everything the media item's page shows: the item, its folders, its crops and the content that uses it.</summary>
public sealed record MediaDetail(MediaItem Item, IReadOnlyList<MediaAncestor> Ancestors, IReadOnlyList<MediaCrop> Crops, IReadOnlyList<MediaUsage> UsedBy);
