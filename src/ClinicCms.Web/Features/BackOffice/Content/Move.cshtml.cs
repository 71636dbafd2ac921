using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Content.Editors;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Schema;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>"Move to": the places the schema allows this node (those whose type allows it as a child), then the move.</summary>
public sealed class MoveModel(CmsDbContext db, SchemaService schema, ContentTreeQueries tree, ContentTreeService treeService) : PageModel
{
    private const int Limit = 500;

    public Guid Key { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<PickerItem> Targets { get; private set; } = [];
    public IReadOnlyList<TreeNodeView> Tree { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key) => await LoadAsync(key) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key, Guid target)
    {
        var result = await treeService.MoveAsync(key, target, User.ToContentUser(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(BackOfficeUrls.Edit(key) + "?notice=moved");
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
        var node = await db.Nodes.Where(n => n.Key == key && !n.Trashed && n.Kind == ContentItemKind.Content)
            .Select(n => new { n.Name, n.ContentTypeAlias, n.Path, n.ParentKey }).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (node is null)
        {
            return false;
        }

        (Key, Name) = (key, node.Name);
        var registry = schema.Current;
        var parentTypes = registry.ContentTypes
            .Where(t => t.AllowedChildren.Any(c => c.Alias.Equals(node.ContentTypeAlias, StringComparison.OrdinalIgnoreCase)))
            .Select(t => t.Alias).ToList();
        var below = node.Path + ",";
        var targets = await db.Nodes
            .Where(n => n.Kind == ContentItemKind.Content && !n.Trashed && parentTypes.Contains(n.ContentTypeAlias) && n.Key != node.ParentKey && !n.Path.StartsWith(below))
            .OrderBy(n => n.Name).Take(Limit)
            .Select(n => new PickerItem(n.Key, n.Name, n.ContentTypeAlias, null))
            .ToListAsync(HttpContext.RequestAborted);
        if (node.ParentKey != Guid.Empty && registry.AllowedChildren(null).Any(t => t.Alias.Equals(node.ContentTypeAlias, StringComparison.OrdinalIgnoreCase)))
        {
            targets.Insert(0, new PickerItem(Guid.Empty, "Content (the root)", ""));
        }

        Targets = targets;
        Tree = await tree.TreeAsync(key, HttpContext.RequestAborted);
        return true;
    }
}
