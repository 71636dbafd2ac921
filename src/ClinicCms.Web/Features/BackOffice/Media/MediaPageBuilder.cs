using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Validation;
using ClinicCms.Web.Features.Media;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>
/// Builds the Media section's workspaces from a fixed number of queries whatever the size of the library: one page
/// of a folder (50 items and their count), the folders of the tree, one item's details and who uses it.
/// </summary>
public sealed class MediaPageBuilder(MediaQueryService query, MediaTreeQueries tree, IAntiforgery antiforgery, IOptions<MediaOptions> options)
{
    public const int PageSize = 50;

    /// <summary>A folder's items (the root when <paramref name="folder"/> is null), or search results when <paramref name="search"/> is given.</summary>
    public async Task<MediaCollectionView> CollectionAsync(MediaDetail? folder, string? search, string? layout, int skip, HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var parentKey = folder?.Item.Key ?? Guid.Empty;
        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        skip = Math.Max(0, skip);
        var page = search is null
            ? await query.ListAsync(parentKey, skip, PageSize, cancellationToken)
            : await query.SearchAsync(search, skip, PageSize, cancellationToken);
        return new MediaCollectionView
        {
            ParentKey = search is null ? parentKey : Guid.Empty,
            Folder = search is null ? folder?.Item : null,
            Ancestors = folder?.Ancestors ?? [],
            Page = page,
            Query = search,
            Layout = "list".Equals(layout, StringComparison.OrdinalIgnoreCase) ? MediaCollectionLayout.List : MediaCollectionLayout.Grid,
            Tree = new MediaTreeSidebar(await tree.TreeAsync(folder?.Item.Key, cancellationToken), folder?.Item.Key),
            UploadToken = Token(http),
            MaxFilesPerUpload = options.Value.MaxFilesPerUpload,
            Name = folder?.Item.Name ?? "",
            Version = folder?.Item.VersionNumber ?? 0,
        };
    }

    /// <summary>An image's or a file's workspace, with the saved values or, after a refused save, the posted ones.</summary>
    public async Task<MediaItemView> ItemAsync(MediaDetail detail, HttpContext http, MediaInput? posted = null, IReadOnlyList<ValidationProblem>? problems = null)
    {
        var item = detail.Item;
        return new MediaItemView
        {
            Detail = detail,
            Tree = new MediaTreeSidebar(await tree.TreeAsync(item.ParentKey == Guid.Empty ? null : item.ParentKey, http.RequestAborted), item.ParentKey),
            Name = posted is null ? item.Name : posted.Name ?? "",
            AltText = posted is null ? item.AltText : posted.AltText,
            IsDecorative = posted?.IsDecorative ?? item.IsDecorative,
            FocalPoint = posted is null ? item.FocalPoint : FocalPointOf(posted, item.FocalPoint),
            Version = posted?.Version ?? item.VersionNumber,
            Preview = MediaPreview.For(item, options.Value.AllowedSizes),
            Problems = problems ?? [],
            Unsaved = posted is not null,
        };
    }

    /// <summary>
    /// The focal point the form posted (percent from the top left). An untouched centre stays "no focal point", so
    /// saving the alt text does not pin crops to the centre.
    /// </summary>
    public static FocalPoint? FocalPointOf(MediaInput input, FocalPoint? saved)
    {
        if (input.FocalLeft is not { } left || input.FocalTop is not { } top)
        {
            return saved;
        }

        var point = new FocalPoint(Math.Clamp(left, 0, 100) / 100, Math.Clamp(top, 0, 100) / 100);
        return saved is null && point.Left == 0.5m && point.Top == 0.5m ? null : point;
    }

    private string Token(HttpContext http) => antiforgery.GetAndStoreTokens(http).RequestToken ?? "";
}
