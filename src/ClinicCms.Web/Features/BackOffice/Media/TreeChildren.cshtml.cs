using ClinicCms.Web.Features.Media.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>One page of a folder's folders, as tree HTML: what the media tree loads when a folder is expanded.</summary>
[Authorize(Policy = MediaAuthorization.SectionAccessMedia)]
public sealed class MediaTreeChildrenModel(MediaTreeQueries tree) : PageModel
{
    public IReadOnlyList<MediaFolderNode> Items { get; private set; } = [];
    public bool More { get; private set; }
    public Guid ParentKey { get; private set; }
    public int Skip { get; private set; }

    public async Task OnGetAsync(Guid parentKey, int skip = 0)
    {
        ParentKey = parentKey;
        Skip = Math.Max(0, skip);
        (Items, More) = await tree.ChildrenAsync(parentKey, Skip, HttpContext.RequestAborted);
    }
}
