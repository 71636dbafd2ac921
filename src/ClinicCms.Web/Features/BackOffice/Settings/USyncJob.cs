using ClinicCms.Web.Features.USync;

namespace ClinicCms.Web.Features.BackOffice.Settings;

/// <summary>
/// One uSync run started from the back office. It runs in the background, so a large import neither holds a request
/// open nor ends when the browser leaves; the page shows <see cref="Progress"/> until <see cref="Result"/> is there.
/// </summary>
public sealed class USyncJob(USyncJobKind kind, USyncRunRequest request, string startedBy, DateTimeOffset started)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile USyncProgress _progress = new("Starting");

    public Guid Id { get; } = Guid.NewGuid();

    public USyncJobKind Kind { get; } = kind;

    public USyncRunRequest Request { get; } = request;

    public string StartedBy { get; } = startedBy;

    public DateTimeOffset Started { get; } = started;

    public DateTimeOffset? Finished { get; private set; }

    public USyncProgress Progress => _progress;

    public USyncRunResult? Result { get; private set; }

    /// <summary>Why the run stopped without a result (an exception's message; the log has the details).</summary>
    public string? Failure { get; private set; }

    public bool IsRunning => !_done.Task.IsCompleted;

    /// <summary>
    /// A report an import showed first (or an import refused because the report changed since it was confirmed) that
    /// has changes to apply and no errors: the page asks the user to confirm it.
    /// </summary>
    public bool AwaitsConfirmation => Result is { HasErrors: false, PlanFingerprint: not null } result
        && (Kind == USyncJobKind.Review || (Kind == USyncJobKind.Import && result.PlanChanged))
        && result.Rows.Any(r => r.Change is "Create" or "Update" or "Delete");

    public Task Completion => _done.Task;

    internal void Report(USyncProgress progress) => _progress = progress;

    internal void Complete(USyncRunResult result, DateTimeOffset at)
    {
        Result = result;
        Finished = at;
        _done.TrySetResult();
    }

    internal void Fail(string failure, DateTimeOffset at)
    {
        Failure = failure;
        Finished = at;
        _done.TrySetResult();
    }
}
