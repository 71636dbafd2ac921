using ClinicCms.Core.Validation;
using ClinicCms.Web.Features.Content;
using Microsoft.AspNetCore.Mvc;
using ContentResult = ClinicCms.Web.Features.Content.ContentResult;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>What the workspace shows after Save or Save and publish, shared by creating and editing.</summary>
public static class WorkspaceResults
{
    public static async Task<IActionResult> AfterSaveAsync(
        PageModel page, EditorPageBuilder pages, DocumentEditorView view, ContentEdit edit, ContentResult result, int formVersion, ContentUser user, Action<DocumentEditorView> show)
    {
        var response = page.HttpContext.Response;
        var cancellationToken = page.HttpContext.RequestAborted;
        if (result.Status == ContentResultStatus.NotFound)
        {
            return new NotFoundResult();
        }

        if (!result.Saved)
        {
            // Nothing was written: show exactly what the editor typed, with the reason.
            var posted = await pages.WithPostedAsync(view, edit.Name, edit.Values, result.Problems, formVersion, cancellationToken);
            posted.Notice = new Notice(result.Status == ContentResultStatus.Stale ? "warning" : "danger", result.Status == ContentResultStatus.Stale ? "Someone else saved this page while you were editing." : result.Message ?? "Not saved.");
            if (result.Status == ContentResultStatus.Stale)
            {
                posted.Conflict = new StaleConflict(result.Message!, result.VersionNumber,
                    PropertyDisplay.Compare(view.Type, posted.Context.Schema, view.Name, view.Values, edit.Name, edit.Values, onlyDifferent: true));
            }

            response.StatusCode = result.Status switch
            {
                ContentResultStatus.Forbidden => StatusCodes.Status403Forbidden,
                ContentResultStatus.Stale => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status422UnprocessableEntity,
            };
            show(posted);
            return new PageResult();
        }

        if (result.Published || (result.Succeeded && result.Problems.Count == 0))
        {
            return new RedirectResult(BackOfficeUrls.Edit(result.Key) + (result.Published ? "?notice=published" : view.IsNew ? "?notice=created" : "?notice=saved"));
        }

        // Saved, but with problems that stop publishing (or publishing was refused): show the saved draft and why.
        var saved = await pages.LoadAsync(result.Key, user, result.Problems, cancellationToken);
        if (saved is null)
        {
            return new NotFoundResult();
        }

        saved.Notice = result.Problems.Count > 0
            ? new Notice("warning", result.Status == ContentResultStatus.Invalid
                ? $"Saved, but not published: fix the {Count(result.Problems)} below first."
                : $"Saved. Fix the {Count(result.Problems)} below before this can be published.")
            : new Notice("warning", "Saved, but not published: " + result.Message);
        show(saved);
        return new PageResult();
    }

    private static string Count(IReadOnlyList<ValidationProblem> problems) => problems.Count == 1 ? "problem" : $"{problems.Count} problems";
}
