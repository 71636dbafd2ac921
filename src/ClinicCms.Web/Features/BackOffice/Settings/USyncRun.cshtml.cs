using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Settings;

/// <summary>
/// A uSync run's page: its progress while it runs, then its results table. A GET waits a few seconds for the run to
/// finish, so a small report or import shows its results at once, even without JavaScript; a long one shows its
/// progress and a "Check progress" link (the script polls <see cref="OnGetStatus"/> and reloads when it is done).
/// An import's review is confirmed here with <see cref="OnPostImport"/>.
/// </summary>
public sealed class USyncRunModel(USyncJobs jobs, TimeProvider clock) : PageModel
{
    private static readonly TimeSpan WaitForResult = TimeSpan.FromSeconds(3);

    /// <summary>The run, or null when it is no longer kept (or never was).</summary>
    public USyncJob? Job { get; private set; }

    public USyncResultsView? Results { get; private set; }

    public string? Notice { get; private set; }

    // "page" is also Razor Pages' own route value (the page's path), hence the explicit query name.
    public async Task<IActionResult> OnGetAsync(Guid id, string? show, [FromQuery(Name = "page")] int? pageNumber, string? notice)
    {
        Job = jobs.Find(id);
        if (Job is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (Job.IsRunning)
        {
            await Task.WhenAny(Job.Completion, Task.Delay(WaitForResult, clock, HttpContext.RequestAborted));
        }

        Notice = notice switch
        {
            "busy" => "Another uSync run was still going, so yours was not started: this is the one that is running. Start yours again when it has finished.",
            "confirmed" => "Only a report that an import showed first, with changes and no errors, can be imported.",
            _ => null,
        };
        if (Job.Result is { } result)
        {
            Results = new USyncResultsView(Job, result, show, pageNumber ?? 1);
        }

        return Page();
    }

    /// <summary>The progress as JSON, for the page's script.</summary>
    public IActionResult OnGetStatus(Guid id) => jobs.Find(id) is { } job
        ? new JsonResult(new { running = job.IsRunning, text = USyncLabels.Stage(job.Progress), done = job.Progress.Done, total = job.Progress.Total })
        : NotFound();

    /// <summary>Imports exactly the reviewed report: the import applies nothing if its plan is no longer that one.</summary>
    public IActionResult OnPostImport(Guid id)
    {
        if (jobs.Find(id) is not { } reviewed)
        {
            return Redirect(SettingsUrls.Run(id));
        }

        if (!reviewed.AwaitsConfirmation)
        {
            return Redirect(SettingsUrls.Run(id) + "?notice=confirmed");
        }

        var request = reviewed.Request with { ConfirmedPlan = reviewed.Result!.PlanFingerprint };
        var (job, started) = jobs.Start(USyncJobKind.Import, request, User.Identity?.Name ?? "Unknown user");
        return Redirect(SettingsUrls.Run(job.Id) + (started ? string.Empty : "?notice=busy"));
    }
}
