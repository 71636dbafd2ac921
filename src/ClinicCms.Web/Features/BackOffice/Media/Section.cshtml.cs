using ClinicCms.Web.Features.Media.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>The Media section: the library's root folder, or what a search by name found (<c>?q=</c>).</summary>
[Authorize(Policy = MediaAuthorization.SectionAccessMedia)]
public sealed class MediaSectionModel(MediaPageBuilder pages) : PageModel
{
    public MediaCollectionView View { get; private set; } = null!;

    public async Task OnGetAsync(string? q, string? view, int skip = 0, string? notice = null)
    {
        View = await pages.CollectionAsync(null, q, view, skip, HttpContext);
        View.Notice = MediaNotices.After(notice);
    }
}
