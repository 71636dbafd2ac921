using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Media.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>"Delete" in the media Recycle Bin: warns first when content still uses the item, then deletes it and its files for good.</summary>
[Authorize(Policy = MediaAuthorization.SectionAccessMedia)]
public sealed class MediaDeleteModel(MediaRemoval removal, MediaTreeService treeService) : PageModel
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
        var result = await treeService.DeleteAsync(key, User.ToContentUser(), confirmUsed, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(MediaSectionUrls.RecycleBin + "?notice=deleted");
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
        if (await removal.LoadAsync(key, trashed: true, HttpContext.RequestAborted) is not { } summary)
        {
            return false;
        }

        (Key, Name, Descendants, UsedBy, Tree) = (key, summary.Name, summary.Descendants, summary.UsedBy, summary.Tree);
        return true;
    }
}
