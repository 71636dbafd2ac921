using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Schema;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>Compares a saved version with the current draft, side by side, and rolls back to it (as a new draft).</summary>
public sealed class RollbackModel(CmsDbContext db, SchemaService schema, ContentTreeQueries tree, ContentRollbackService rollback) : PageModel
{
    public Guid Key { get; private set; }
    public string Name { get; private set; } = "";
    public int Current { get; private set; }
    public int? Selected { get; private set; }
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public IReadOnlyList<ValueDifference> Rows { get; private set; } = [];
    public IReadOnlyList<TreeNodeView> Tree { get; private set; } = [];
    public bool OnlyDifferences { get; private set; }
    public bool CanRollback => User.ToContentUser().Can(ContentPermissions.Rollback);
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, int? version) => await LoadAsync(key, version, onlyDifferences: false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key, int version, int current)
    {
        var result = await rollback.RollbackAsync(key, version, current, User.ToContentUser(), HttpContext.RequestAborted);
        if (result.Saved)
        {
            return Redirect(BackOfficeUrls.Edit(key) + "?notice=rolledback");
        }

        if (!await LoadAsync(key, version, onlyDifferences: false))
        {
            return NotFound();
        }

        Error = result.Message;
        Response.StatusCode = result.Status switch
        {
            ContentResultStatus.Forbidden => StatusCodes.Status403Forbidden,
            ContentResultStatus.Stale => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return Page();
    }

    private async Task<bool> LoadAsync(Guid key, int? version, bool onlyDifferences)
    {
        var node = await db.Nodes.Where(n => n.Key == key && n.Kind == ContentItemKind.Content).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (node is null || schema.Current.ComposeDocumentType(node.ContentTypeAlias) is not { } type)
        {
            return false;
        }

        (Key, Name, Current, OnlyDifferences) = (key, node.Name, node.VersionNumber, onlyDifferences);
        Versions = await db.Versions.Where(v => v.NodeId == node.Id).OrderByDescending(v => v.Number).Take(100)
            .Select(v => new VersionRow(v.Number, v.Name, v.Date, v.UserName, v.WasPublished, v.Id == node.PublishedVersionId))
            .ToListAsync(HttpContext.RequestAborted);
        Selected = version is { } chosen && chosen != Current && Versions.Any(v => v.Number == chosen) ? chosen : Versions.FirstOrDefault(v => v.Number != Current)?.Number;
        if (Selected is { } selected)
        {
            var pair = await db.Versions.Where(v => v.NodeId == node.Id && (v.Number == selected || v.Number == Current))
                .Select(v => new { v.Number, v.Name, v.Values }).ToListAsync(HttpContext.RequestAborted);
            var old = pair.Single(p => p.Number == selected);
            var draft = pair.Single(p => p.Number == Current);
            Rows = PropertyDisplay.Compare(type, schema.Current, old.Name, PropertyValuesJson.Deserialize(old.Values), draft.Name, PropertyValuesJson.Deserialize(draft.Values), onlyDifferences);
        }

        Tree = await tree.TreeAsync(key, HttpContext.RequestAborted);
        return true;
    }
}
