using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Schema;
using Microsoft.AspNetCore.Mvc;
using ContentResult = ClinicCms.Web.Features.Content.ContentResult;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>The Recycle Bin: what was trashed, to restore or delete for good.</summary>
public sealed class RecycleBinModel(CmsDbContext db, SchemaService schema, ContentTreeQueries tree, RecycleBinService recycleBin) : PageModel
{
    public IReadOnlyList<TrashedItem> Items { get; private set; } = [];
    public IReadOnlyList<TreeNodeView> Tree { get; private set; } = [];
    public bool CanDelete => User.ToContentUser().Can(ContentPermissions.Delete);
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRestoreAsync(Guid key)
    {
        var result = await recycleBin.RestoreAsync(key, User.ToContentUser(), cancellationToken: HttpContext.RequestAborted);
        return result.Succeeded ? Redirect(BackOfficeUrls.Edit(key) + "?notice=restored") : await FailedAsync(result);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid key)
    {
        var result = await recycleBin.DeleteAsync(key, User.ToContentUser(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return await FailedAsync(result);
        }

        Message = "Deleted for good.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEmptyAsync()
    {
        if (!CanDelete)
        {
            return await FailedAsync(ContentResult.Forbidden(Guid.Empty, ContentPermissions.Delete));
        }

        var count = await recycleBin.EmptyRecycleBinAsync(User.ToContentUser(), HttpContext.RequestAborted);
        Message = count == 1 ? "1 item deleted for good." : $"{count} items deleted for good.";
        await LoadAsync();
        return Page();
    }

    private async Task<IActionResult> FailedAsync(ContentResult result)
    {
        (Message, Failed) = (result.Message, true);
        Response.StatusCode = result.Status == ContentResultStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var rows = await db.Nodes.Where(n => n.Trashed && n.TrashedParentKey != null && n.Kind == ContentItemKind.Content)
            .OrderByDescending(n => n.UpdateDate).Take(500)
            .Select(n => new { n.Key, n.Name, n.ContentTypeAlias, n.UpdateDate })
            .ToListAsync(HttpContext.RequestAborted);
        Items = [.. rows.Select(r => new TrashedItem(r.Key, r.Name, schema.Current.DocumentType(r.ContentTypeAlias)?.Name ?? r.ContentTypeAlias,
            schema.Current.DocumentType(r.ContentTypeAlias)?.Icon, r.UpdateDate))];
        Tree = await tree.TreeAsync(null, HttpContext.RequestAborted);
    }

    public sealed record TrashedItem(Guid Key, string Name, string TypeName, string? Icon, DateTime Date);
}
