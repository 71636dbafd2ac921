using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>"Sort children": puts a node's children in a new order (the order of the site's menus and lists).</summary>
public sealed class SortModel(CmsDbContext db, ContentTreeQueries tree, ContentTreeService treeService) : PageModel
{
    private const int Limit = 1000;

    public Guid ParentKey { get; private set; }
    public string ParentName { get; private set; } = "";
    public IReadOnlyList<TreeNodeView> Children { get; private set; } = [];

    /// <summary>True when there are more children than the page can sort at once.</summary>
    public bool More { get; private set; }
    public IReadOnlyList<TreeNodeView> Tree { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid parentKey) => await LoadAsync(parentKey) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid parentKey, Dictionary<Guid, int> positions)
    {
        if (!await LoadAsync(parentKey))
        {
            return NotFound();
        }

        var current = Children.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var order = positions.Where(p => current.ContainsKey(p.Key))
            .OrderBy(p => p.Value).ThenBy(p => current[p.Key])
            .Select(p => p.Key).ToList();
        var result = await treeService.SortAsync(parentKey, order, User.ToContentUser(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(BackOfficeUrls.Edit(parentKey) + "?notice=sorted");
        }

        Error = result.Message;
        Response.StatusCode = result.Status == ContentResultStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid parentKey)
    {
        var parent = await db.Nodes.Where(n => n.Key == parentKey && !n.Trashed).Select(n => n.Name).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (parent is null)
        {
            return false;
        }

        (ParentKey, ParentName) = (parentKey, parent);
        (Children, More) = await tree.ChildrenAsync(parentKey, 0, Limit, HttpContext.RequestAborted);
        Tree = await tree.TreeAsync(parentKey, HttpContext.RequestAborted);
        return true;
    }
}
