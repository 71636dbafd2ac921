using ClinicCms.Web.Features.BackOffice.Content;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Media.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>
/// The media workspace: a folder shows its collection (and can be renamed); an image or a file shows its preview,
/// alternative text, focal point and crops, details and "Used by". Save refuses a version older than the latest with
/// who saved it and when, and offers to save over it.
/// </summary>
[Authorize(Policy = MediaAuthorization.SectionAccessMedia)]
public sealed class MediaEditModel(MediaPageBuilder pages, MediaQueryService query, MediaService media) : PageModel
{
    public MediaCollectionView? Collection { get; private set; }
    public MediaItemView? Item { get; private set; }

    [BindProperty]
    public MediaInput Input { get; set; } = new(null, null, false, null, null, 0, null);

    public async Task<IActionResult> OnGetAsync(Guid key, string? view, int skip = 0, string? notice = null)
    {
        if (await query.DetailAsync(key, HttpContext.RequestAborted) is not { } detail)
        {
            return NotFound();
        }

        await ShowAsync(detail, view, skip);
        SetNotice(detail.Item, MediaNotices.After(notice));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid key)
    {
        if (await query.DetailAsync(key, HttpContext.RequestAborted) is not { } detail)
        {
            return NotFound();
        }

        var basedOn = Input.Action?.StartsWith("overwrite:", StringComparison.Ordinal) == true && int.TryParse(Input.Action["overwrite:".Length..], out var latest)
            ? latest
            : Input.Version;
        var edit = new MediaEdit(Input.Name ?? "", Input.AltText, Input.IsDecorative, MediaPageBuilder.FocalPointOf(Input, detail.Item.FocalPoint));
        var result = await media.SaveAsync(key, edit, basedOn, User.ToContentUser(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(MediaSectionUrls.Edit(key) + "?notice=saved");
        }

        Response.StatusCode = result.Status switch
        {
            MediaResultStatus.Forbidden => StatusCodes.Status403Forbidden,
            MediaResultStatus.Stale => StatusCodes.Status409Conflict,
            MediaResultStatus.Invalid => StatusCodes.Status422UnprocessableEntity,
            MediaResultStatus.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        };
        var conflict = result.Status == MediaResultStatus.Stale ? new MediaConflict(result.Message!, result.VersionNumber) : null;
        var notice = conflict is not null
            ? new Notice("warning", "Someone else saved this item while you were editing.")
            : new Notice("danger", result.Status == MediaResultStatus.Invalid ? "Not saved: fix the problems below." : result.Message ?? "Not saved.");
        if (detail.Item.IsFolder)
        {
            Collection = await pages.CollectionAsync(detail, null, null, 0, HttpContext);
            Collection.Name = Input.Name ?? "";
            Collection.Version = Input.Version;
            Collection.NameErrors = [.. result.Problems.Where(p => p.Path == "name").Select(p => p.Message)];
            (Collection.Notice, Collection.Conflict) = (notice, conflict);
        }
        else
        {
            Item = await pages.ItemAsync(detail, HttpContext, Input, result.Problems);
            (Item.Notice, Item.Conflict) = (notice, conflict);
        }

        return Page();
    }

    private async Task ShowAsync(MediaDetail detail, string? view, int skip)
    {
        if (detail.Item.IsFolder && !detail.Item.Trashed)
        {
            Collection = await pages.CollectionAsync(detail, null, view, skip, HttpContext);
        }
        else
        {
            Item = await pages.ItemAsync(detail, HttpContext);
        }
    }

    private void SetNotice(MediaItem item, Notice? notice)
    {
        notice ??= item.Trashed
            ? new Notice("warning", "This item is in the Recycle Bin: its file is not on the public site. Restore it to use it again.")
            : item.NeedsAltText
                ? new Notice("warning", "This image has no alternative text: pages that use it cannot be published until you add it or mark the image as decorative.")
                : null;
        if (Collection is not null)
        {
            Collection.Notice = notice;
        }
        else
        {
            Item!.Notice = notice;
        }
    }
}
