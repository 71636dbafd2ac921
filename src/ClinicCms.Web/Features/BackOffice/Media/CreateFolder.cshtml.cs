using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Media.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>"Create folder": the collection's Create menu posts here; a refused name shows this page with the reason.</summary>
[Authorize(Policy = MediaAuthorization.SectionAccessMedia)]
public sealed class MediaCreateFolderModel(MediaService media, MediaQueryService query, MediaTreeQueries tree) : PageModel
{
    public Guid ParentKey { get; private set; }
    public string ParentName { get; private set; } = "Media";
    public string Name { get; private set; } = "";
    public string? Error { get; private set; }
    public MediaTreeSidebar Tree { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid parentKey) => await LoadAsync(parentKey) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid parentKey, string? name)
    {
        var result = await media.CreateFolderAsync(parentKey, name ?? "", User.ToContentUser(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(MediaSectionUrls.Edit(result.Key) + "?notice=created");
        }

        if (!await LoadAsync(parentKey))
        {
            return NotFound();
        }

        (Name, Error) = (name ?? "", result.Message);
        Response.StatusCode = result.Status switch
        {
            MediaResultStatus.Forbidden => StatusCodes.Status403Forbidden,
            MediaResultStatus.Invalid => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status409Conflict,
        };
        return Page();
    }

    private async Task<bool> LoadAsync(Guid parentKey)
    {
        ParentKey = parentKey;
        if (parentKey != Guid.Empty)
        {
            if (await query.DetailAsync(parentKey, HttpContext.RequestAborted) is not { Item: { IsFolder: true, Trashed: false } folder })
            {
                return false;
            }

            ParentName = folder.Name;
        }

        Tree = new MediaTreeSidebar(await tree.TreeAsync(parentKey == Guid.Empty ? null : parentKey, HttpContext.RequestAborted), parentKey == Guid.Empty ? null : parentKey);
        return true;
    }
}
