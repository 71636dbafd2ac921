using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Media.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>
/// "Trash": says what moves to the Recycle Bin and, first, which content uses it (the item or anything in the folder);
/// trashing a used item takes a second, deliberate press ("Trash anyway").
/// </summary>
[Authorize(Policy = MediaAuthorization.SectionAccessMedia)]
public sealed class MediaTrashModel(MediaRemoval removal, MediaTreeService treeService) : PageModel
{
    public Guid Key { get; private set; }
    public string Name { get; private set; } = "";
    public int Descendants { get; private set; }
    public IReadOnlyList<MediaUsage> UsedBy { get; private set; } = [];
    public MediaTreeSidebar Tree { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key) => await LoadAsync(key) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key, bool confirmUsed)
    {
        var parent = await removal.ParentAsync(key, HttpContext.RequestAborted);
        var result = await treeService.TrashAsync(key, User.ToContentUser(), confirmUsed, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(MediaSectionUrls.Folder(parent ?? Guid.Empty) + "?notice=trashed");
        }

        if (!await LoadAsync(key))
        {
            return NotFound();
        }

        Error = result.Status == MediaResultStatus.InUse ? "Content started using this item after you opened this page. Check the list below, then confirm." : result.Message;
        Response.StatusCode = result.Status == MediaResultStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid key)
    {
        if (await removal.LoadAsync(key, trashed: false, HttpContext.RequestAborted) is not { } summary)
        {
            return false;
        }

        (Key, Name, Descendants, UsedBy, Tree) = (key, summary.Name, summary.Descendants, summary.UsedBy, summary.Tree);
        return true;
    }
}
