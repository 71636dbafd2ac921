using ClinicCms.Web.Features.BackOffice.Content;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Media.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>The media Recycle Bin: what was trashed (paged), to restore where it was or delete for good.</summary>
[Authorize(Policy = MediaAuthorization.SectionAccessMedia)]
public sealed class MediaRecycleBinModel(MediaQueryService query, MediaTreeQueries tree, MediaTreeService treeService) : PageModel
{
    public MediaPage Items { get; private set; } = new([], 0, 0, MediaPageBuilder.PageSize);
    public MediaTreeSidebar Tree { get; private set; } = null!;
    public Notice? Notice { get; private set; }

    /// <summary>Set when an item cannot go back where it was: the notice links to choosing a folder.</summary>
    public Guid? RestoreElsewhere { get; private set; }

    public async Task OnGetAsync(int skip = 0, string? notice = null)
    {
        Notice = MediaNotices.After(notice);
        await LoadAsync(skip);
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid key)
    {
        var result = await treeService.RestoreAsync(key, User.ToContentUser(), cancellationToken: HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(MediaSectionUrls.Edit(key) + "?notice=restored");
        }

        Notice = new Notice("danger", result.Message ?? "Not restored.");
        RestoreElsewhere = result.Status == MediaResultStatus.Refused ? key : null;
        Response.StatusCode = result.Status == MediaResultStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        await LoadAsync(0);
        return Page();
    }

    private async Task LoadAsync(int skip)
    {
        Items = await query.RecycleBinAsync(Math.Max(0, skip), MediaPageBuilder.PageSize, HttpContext.RequestAborted);
        Tree = new MediaTreeSidebar(await tree.TreeAsync(null, HttpContext.RequestAborted), null, InRecycleBin: true);
    }
}
