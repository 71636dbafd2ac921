using ClinicCms.Web.Features.USync;

namespace ClinicCms.Web.Features.BackOffice.Settings;

/// <summary>How the uSync page names runs and their outcomes, in uSync's words.</summary>
public static class USyncLabels
{
    public static string Title(USyncJob job) => (job.Kind switch
    {
        USyncJobKind.Review => "Import: review",
        _ => job.Kind.ToString(),
    }) + " (" + Set(job.Request) + ")";

    public static string Set(USyncRunRequest request) =>
        request.Scope.ToString() + (request.Force ? ", with Force" : string.Empty);

    public static string Outcome(USyncJob job) => job switch
    {
        { IsRunning: true } => $"Running: {Stage(job.Progress)}",
        { Failure: not null } => "Failed",
        { Result: { HasErrors: true } r } => $"{Count(r.Problems.Count(p => p.IsError), "error")} in the files; nothing changed",
        { Result: { PlanChanged: true } } => "Not imported: the report changed",
        { Result: { } r } => r.Summary,
        _ => string.Empty,
    };

    /// <summary>"1 change", "3 changes", "1,200 files".</summary>
    public static string Count(int count, string noun) => $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}";

    public static string Stage(USyncProgress progress) =>
        progress.Total > 0 ? $"{progress.Stage} ({progress.Done:N0} of {progress.Total:N0})" : progress.Stage;

    /// <summary>The planner's conflict note names the command line's option; on this page the option is the Force box.</summary>
    public static string? Note(USyncResultRow row) =>
        row.Note?.Replace("use --force to overwrite it", "choose Force to overwrite it", StringComparison.Ordinal);
}
