using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>"Trash": asks first, then moves the node and everything below it to the Recycle Bin.</summary>
public sealed class TrashModel(CmsDbContext db, ContentTreeQueries tree, RecycleBinService recycleBin) : PageModel
{
    public Guid Key { get; private set; }
    public string Name { get; private set; } = "";
    public int Descendants { get; private set; }
    public IReadOnlyList<TreeNodeView> Tree { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key) => await LoadAsync(key) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key)
    {
        var parent = await db.Nodes.Where(n => n.Key == key).Select(n => (Guid?)n.ParentKey).SingleOrDefaultAsync(HttpContext.RequestAborted);
        var result = await recycleBin.TrashAsync(key, User.ToContentUser(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(parent is { } p && p != Guid.Empty ? BackOfficeUrls.Edit(p) : BackOfficeUrls.RecycleBin);
        }

        if (!await LoadAsync(key))
        {
            return NotFound();
        }

        Error = result.Message;
        Response.StatusCode = result.Status == ContentResultStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid key)
    {
        var node = await db.Nodes.Where(n => n.Key == key && !n.Trashed).Select(n => new { n.Name, n.Path }).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (node is null)
        {
            return false;
        }

        (Key, Name) = (key, node.Name);
        var below = node.Path + ",";
        Descendants = await db.Nodes.CountAsync(n => n.Path.StartsWith(below), HttpContext.RequestAborted);
        Tree = await tree.TreeAsync(key, HttpContext.RequestAborted);
        return true;
    }
}
