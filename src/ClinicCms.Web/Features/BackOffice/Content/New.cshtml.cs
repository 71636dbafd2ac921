using ClinicCms.Core.Content;
using ClinicCms.Web.Features.BackOffice.Content.Editors;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Schema;
using Microsoft.AspNetCore.Mvc;
using ContentResult = ClinicCms.Web.Features.Content.ContentResult;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>An empty workspace for a new document of an allowed type; the node exists from its first Save.</summary>
public sealed class NewModel(EditorPageBuilder pages, ContentService content, SchemaService schema) : PageModel
{
    public DocumentEditorView View { get; private set; } = null!;

    [BindProperty]
    public WorkspaceInput Input { get; set; } = new(null, 0, null);

    public async Task<IActionResult> OnGetAsync(Guid parentKey, string type)
    {
        var user = User.ToContentUser();
        if (!user.Can(ContentPermissions.Create))
        {
            return Forbid();
        }

        if (await pages.NewAsync(parentKey, type, user, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid parentKey, string type)
    {
        var user = User.ToContentUser();
        if (await pages.NewAsync(parentKey, type, user, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        var operation = BlockOperation.Parse(Input.Action);
        var values = new EditorFormReader(Request.Form, schema.Current, operation).Read(view.Type, PropertyValues.Empty);
        var edit = new ContentEdit(Input.Name ?? "", values);
        if (operation is not null)
        {
            View = await pages.WithPostedAsync(view, edit.Name, values, [], 0, HttpContext.RequestAborted);
            return Page();
        }

        var publish = Input.Action == "publish";
        var result = publish && !user.Can(ContentPermissions.Publish)
            ? ContentResult.Forbidden(Guid.Empty, ContentPermissions.Publish)
            : await content.CreateAsync(parentKey, view.Type.Alias, edit, user, HttpContext.RequestAborted);
        if (result.Saved && publish)
        {
            result = await content.PublishAsync(result.Key, user, result.VersionNumber, HttpContext.RequestAborted) is var published && published.Status == ContentResultStatus.Invalid
                ? published with { Saved = true }
                : published with { Saved = true, Problems = result.Problems };
        }

        return await WorkspaceResults.AfterSaveAsync(this, pages, view, edit, result, 0, user, v => View = v);
    }
}
