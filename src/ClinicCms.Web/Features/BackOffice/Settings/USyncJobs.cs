using ClinicCms.Web.Features.USync;

namespace ClinicCms.Web.Features.BackOffice.Settings;

/// <summary>
/// Runs the back office's uSync reports, imports and exports one at a time, in the background, and keeps the last
/// few results in memory for the results page. A second run asked for while one is going gets the running one, so a
/// double click or two administrators never import twice at once. Results live in this instance's memory: behind a
/// load balancer, the uSync page needs sticky sessions (or one instance) to find them again.
/// </summary>
public sealed class USyncJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<USyncJobs> logger)
{
    private const int Kept = 10;
    private readonly Lock _gate = new();
    private readonly List<USyncJob> _jobs = [];

    public USyncJob? Find(Guid id)
    {
        lock (_gate)
        {
            return _jobs.Find(j => j.Id == id);
        }
    }

    /// <summary>The kept runs, newest first.</summary>
    public IReadOnlyList<USyncJob> Recent
    {
        get
        {
            lock (_gate)
            {
                return [.. _jobs];
            }
        }
    }

    /// <summary>Starts a run, or returns the one already running (<c>Started</c> false).</summary>
    public (USyncJob Job, bool Started) Start(USyncJobKind kind, USyncRunRequest request, string user) =>
        Start(kind, request, user, (services, progress, cancellationToken) =>
        {
            var usync = services.GetRequiredService<USyncService>();
            return kind switch
            {
                USyncJobKind.Import => usync.ImportAsync(request, progress, cancellationToken),
                USyncJobKind.Export => usync.ExportAsync(request, progress, cancellationToken),
                _ => usync.ReportAsync(request, progress, cancellationToken),
            };
        });

    /// <summary>Starts <paramref name="run"/> as a job (tests use this to hold a run open).</summary>
    internal (USyncJob Job, bool Started) Start(
        USyncJobKind kind,
        USyncRunRequest request,
        string user,
        Func<IServiceProvider, IProgress<USyncProgress>, CancellationToken, Task<USyncRunResult>> run)
    {
        USyncJob job;
        lock (_gate)
        {
            if (_jobs.Find(j => j.IsRunning) is { } running)
            {
                return (running, false);
            }

            job = new USyncJob(kind, request, user, clock.GetUtcNow());
            _jobs.Insert(0, job);
            if (_jobs.Count > Kept)
            {
                _jobs.RemoveRange(Kept, _jobs.Count - Kept);
            }
        }

        _ = Task.Run(() => RunAsync(job, run));
        return (job, true);
    }

    private async Task RunAsync(USyncJob job, Func<IServiceProvider, IProgress<USyncProgress>, CancellationToken, Task<USyncRunResult>> run)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await run(scope.ServiceProvider, new JobProgress(job), lifetime.ApplicationStopping);

            // The plan holds every item's values; the page needs only the rows.
            job.Complete(result with { Plan = null }, clock.GetUtcNow());
            logger.LogInformation("uSync {Kind} by {User}: {Outcome}", job.Kind, job.StartedBy, USyncLabels.Outcome(job));
        }
        catch (Exception e)
        {
            logger.LogError(e, "uSync {Kind} by {User} failed", job.Kind, job.StartedBy);
            job.Fail(e is DirectoryNotFoundException ? e.Message : $"{e.GetType().Name}: {e.Message}", clock.GetUtcNow());
        }
    }

    // Progress<T> would post to the thread pool; the page only ever reads the latest value.
    private sealed class JobProgress(USyncJob job) : IProgress<USyncProgress>
    {
        public void Report(USyncProgress value) => job.Report(value);
    }
}
