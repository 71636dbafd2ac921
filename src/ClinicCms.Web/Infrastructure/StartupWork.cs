namespace ClinicCms.Web.Infrastructure;

/// <summary>
/// Start-up work that runs on the other core while the site begins to serve: the action descriptors, the site index,
/// the search index check. Once all of it has finished, one aggressive, compacting collection gives back the garbage
/// that loading a large site leaves (the rows read, query buffers, index scratch), which nothing else collects until
/// traffic arrives: about 14 MB of the resident set of a 10,000-page site (bench/README.md, memory after start).
/// </summary>
public sealed class StartupWork(ILogger<StartupWork> logger)
{
    private readonly List<Task> _work = [];
    private readonly System.Threading.Lock _gate = new();

    public void Run(Action work)
    {
        lock (_gate)
        {
            _work.Add(Task.Run(work));
        }
    }

    /// <summary>Compacts the heap when the work started so far has finished (failed or not: each part logs its own errors).</summary>
    public Task CompactWhenDoneAsync()
    {
        Task[] work;
        lock (_gate)
        {
            work = [.. _work];
        }

        return Task.WhenAll(work).ContinueWith(done =>
        {
            if (done.Exception is { } failed)
            {
                logger.LogError(failed, "Background start-up work failed");
            }

            var before = Environment.WorkingSet;
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            logger.LogInformation("Background start-up work finished; compacting the heap took the working set from {Before} to {After} MB",
                before / (1024 * 1024), Environment.WorkingSet / (1024 * 1024));
        }, TaskScheduler.Default);
    }
}
