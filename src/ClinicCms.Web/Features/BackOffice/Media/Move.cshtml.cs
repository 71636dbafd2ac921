using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Media.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>
/// "Move to": the folders an item may go into (not itself or its own folders), then the move. For an item in the
/// Recycle Bin the same page is "Restore": where it was, or a folder chosen when that one is gone.
/// </summary>
[Authorize(Policy = MediaAuthorization.SectionAccessMedia)]
public sealed class MediaMoveModel(CmsDbContext db, MediaTreeQueries tree, MediaTreeService treeService) : PageModel
{
    public const int Limit = 500;

    public Guid Key { get; private set; }
    public string Name { get; private set; } = "";
    public bool Restoring { get; private set; }
    public IReadOnlyList<(Guid Key, string Name, int Level)> Targets { get; private set; } = [];
    public bool More { get; private set; }
    public MediaTreeSidebar Tree { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key) => await LoadAsync(key) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key, Guid? target)
    {
        var trashed = await db.Nodes.Where(n => n.Key == key && n.Kind == ContentItemKind.Media).Select(n => (bool?)n.Trashed).SingleOrDefaultAsync(HttpContext.RequestAborted);
        var user = User.ToContentUser();
        var result = trashed switch
        {
            null => MediaResult.NotFound(key),
            true => await treeService.RestoreAsync(key, user, target, HttpContext.RequestAborted),
            false => await treeService.MoveAsync(key, target ?? Guid.Empty, user, HttpContext.RequestAborted),
        };
        if (result.Succeeded)
        {
            return Redirect(MediaSectionUrls.Edit(key) + (trashed == true ? "?notice=restored" : "?notice=moved"));
        }

        if (!await LoadAsync(key))
        {
            return NotFound();
        }

        Error = result.Message;
        Response.StatusCode = result.Status == MediaResultStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid key)
    {
        var node = await db.Nodes.Where(n => n.Key == key && n.Kind == ContentItemKind.Media)
            .Select(n => new { n.Name, n.Path, n.ParentKey, n.Trashed }).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (node is null)
        {
            return false;
        }

        (Key, Name, Restoring) = (key, node.Name, node.Trashed);
        var below = node.Path + ",";
        var folders = await tree.AllFoldersAsync(Limit + 1, HttpContext.RequestAborted);
        More = folders.Count > Limit;
        var targets = folders.Take(Limit).Where(f => f.Key != key && !f.Path.StartsWith(below, StringComparison.Ordinal) && (node.Trashed || f.Key != node.ParentKey))
            .Select(f => (f.Key, f.Name, f.Level)).ToList();
        if (node.Trashed || node.ParentKey != Guid.Empty)
        {
            targets.Insert(0, (Guid.Empty, "Media (the root)", 0));
        }

        Targets = targets;
        Tree = new MediaTreeSidebar(await tree.TreeAsync(node.ParentKey == Guid.Empty ? null : node.ParentKey, HttpContext.RequestAborted), node.ParentKey);
        return true;
    }
}
