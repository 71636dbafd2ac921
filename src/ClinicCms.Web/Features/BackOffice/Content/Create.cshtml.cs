using ClinicCms.Core.Schema;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Schema;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>"Create": the document types allowed under a node (or at the root), as its type's structure says.</summary>
public sealed class CreateModel(CmsDbContext db, SchemaService schema, ContentTreeQueries tree) : PageModel
{
    public Guid ParentKey { get; private set; }
    public string? ParentName { get; private set; }
    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];
    public IReadOnlyList<TreeNodeView> Tree { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid parentKey)
    {
        if (!User.ToContentUser().Can(ContentPermissions.Create))
        {
            return Forbid();
        }

        ParentKey = parentKey;
        string? parentType = null;
        if (parentKey != Guid.Empty)
        {
            var parent = await db.Nodes.Where(n => n.Key == parentKey && !n.Trashed).Select(n => new { n.Name, n.ContentTypeAlias }).SingleOrDefaultAsync(HttpContext.RequestAborted);
            if (parent is null)
            {
                return NotFound();
            }

            (ParentName, parentType) = (parent.Name, parent.ContentTypeAlias);
        }

        Types = [.. schema.Current.AllowedChildren(parentType).Where(t => !t.IsElement)];
        Tree = await tree.TreeAsync(parentKey == Guid.Empty ? null : parentKey, HttpContext.RequestAborted);
        return Page();
    }
}
