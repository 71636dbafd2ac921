using ClinicCms.Web.Features.BackOffice.Content.Editors;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Schema;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>
/// The document workspace: Save, Save and publish, Unpublish. A successful action redirects back (so reloading never
/// posts twice); a refused one shows the form again with what the editor typed, the reason and, for a save based on
/// an older version, who saved in between and how their version differs.
/// </summary>
public sealed class EditModel(EditorPageBuilder pages, ContentService content, SchemaService schema) : PageModel
{
    public DocumentEditorView View { get; private set; } = null!;

    [BindProperty]
    public WorkspaceInput Input { get; set; } = new(null, 0, null);

    public async Task<IActionResult> OnGetAsync(Guid key, string? notice)
    {
        if (await pages.LoadAsync(key, User.ToContentUser(), cancellationToken: HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        View.Notice = WorkspaceNotices.After(notice);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid key)
    {
        var user = User.ToContentUser();
        if (await pages.LoadAsync(key, user, cancellationToken: HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        var operation = BlockOperation.Parse(Input.Action);
        var values = new EditorFormReader(Request.Form, schema.Current, operation).Read(view.Type, view.Values);
        var name = Input.Name ?? "";
        if (operation is not null)
        {
            View = await pages.WithPostedAsync(view, name, values, [], Input.Version, HttpContext.RequestAborted);
            return Page();
        }

        var basedOn = Input.Action?.StartsWith("overwrite:", StringComparison.Ordinal) == true && int.TryParse(Input.Action["overwrite:".Length..], out var latest)
            ? latest
            : Input.Version;
        var edit = new ContentEdit(name, values);
        var result = Input.Action == "publish"
            ? await content.SaveAndPublishAsync(key, edit, basedOn, user, HttpContext.RequestAborted)
            : await content.SaveAsync(key, edit, basedOn, user, HttpContext.RequestAborted);
        return await WorkspaceResults.AfterSaveAsync(this, pages, view, edit, result, Input.Version, user, v => View = v);
    }

    public async Task<IActionResult> OnPostUnpublishAsync(Guid key)
    {
        var result = await content.UnpublishAsync(key, User.ToContentUser(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(BackOfficeUrls.Edit(key) + "?notice=unpublished");
        }

        if (await pages.LoadAsync(key, User.ToContentUser(), cancellationToken: HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        View.Notice = new Notice("danger", result.Message ?? "Unpublishing failed.");
        Response.StatusCode = result.Status == ContentResultStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        return Page();
    }
}

/// <summary>The workspace form's own fields; property values are read by <see cref="EditorFormReader"/>.</summary>
public sealed record WorkspaceInput(string? Name, int Version, string? Action);
