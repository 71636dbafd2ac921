using System.Diagnostics;
using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Export;
using ClinicCms.Core.USync.Plan;
using ClinicCms.Web.Data;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// Report, import and export: the one API the command line, the start-up import and the back office use.
/// <see cref="ReportAsync"/> and <see cref="ImportAsync"/> compute the same <see cref="USyncPlan"/>; import then applies
/// exactly its changes in one transaction, so what a report says is what an import does.
/// </summary>
public sealed class USyncService(CmsDbContext db, USyncPlanApplier applier, USyncFolder folder, ILogger<USyncService> logger)
{
    public const string SchemaHashKey = "uSync.SchemaHash";
    public const string ContentHashKey = "uSync.ContentHash";

    public async Task<USyncRunResult> ReportAsync(USyncRunRequest request, IProgress<USyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (plan, set, version) = await PlanAsync(request, progress, cancellationToken);
        var rows = USyncResultRows.From(plan);
        return new USyncRunResult(USyncOperation.Report, version, rows, plan.Problems) { Plan = plan, PlanFingerprint = USyncPlanFingerprint.Of(set, request, rows) };
    }

    public async Task<USyncRunResult> ImportAsync(USyncRunRequest request, IProgress<USyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (plan, set, version) = await PlanAsync(request, progress, cancellationToken);
        var rows = USyncResultRows.From(plan);
        var result = new USyncRunResult(USyncOperation.Import, version, rows, plan.Problems) { Plan = plan, PlanFingerprint = USyncPlanFingerprint.Of(set, request, rows) };
        if (plan.HasErrors)
        {
            return result;
        }

        if (request.ConfirmedPlan is { } confirmed && confirmed != result.PlanFingerprint)
        {
            logger.LogWarning("uSync import not applied: the plan changed since the report that was confirmed");
            return result with { PlanChanged = true };
        }

        progress?.Report(new USyncProgress("Importing", 0, plan.Changes.Count()));
        var clock = Stopwatch.StartNew();
        await applier.ApplyAsync(plan, Hashes(set, request.Scope), cancellationToken);
        logger.LogInformation("uSync import: {Count} change(s) applied in {Seconds:F1} s", plan.Changes.Count(), clock.Elapsed.TotalSeconds);
        progress?.Report(new USyncProgress("Importing", plan.Changes.Count(), plan.Changes.Count()));
        return result;
    }

    public async Task<USyncRunResult> ExportAsync(USyncRunRequest request, IProgress<USyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var target = folder.Resolve(request.Folder, forExport: true)!;
        progress?.Report(new USyncProgress("Reading the site"));
        var state = await USyncStateLoader.LoadAsync(db, request.Scope != USyncScope.Schema, cancellationToken);
        progress?.Report(new USyncProgress("Exporting"));
        var files = USyncExporter.Export(state, USyncFolderIndex.Read(target), type => Includes(request.Scope, type));
        progress?.Report(new USyncProgress("Writing files", 0, files.Count));
        var written = await USyncFolderWriter.WriteAsync(target, files, cancellationToken);
        progress?.Report(new USyncProgress("Writing files", files.Count, files.Count));
        return new USyncRunResult(USyncOperation.Export, target, USyncResultRows.From(written), []);
    }

    /// <summary>Reads the folder and plans an import against the site; the set is returned for its hashes.</summary>
    public async Task<(USyncPlan Plan, USyncSet Set, string Folder)> PlanAsync(USyncRunRequest request, IProgress<USyncProgress>? progress, CancellationToken cancellationToken)
    {
        var version = folder.Resolve(request.Folder, forExport: false)
            ?? throw new DirectoryNotFoundException($"No uSync folder found at {request.Folder ?? folder.Root}");
        progress?.Report(new USyncProgress("Reading files"));
        var clock = Stopwatch.StartNew();
        var set = USyncFolderReader.Read(version, type => Includes(request.Scope, type));
        var read = clock.Elapsed;
        progress?.Report(new USyncProgress("Reading the site"));
        var state = await USyncStateLoader.LoadAsync(db, request.Scope != USyncScope.Schema, cancellationToken);
        var loaded = clock.Elapsed;
        progress?.Report(new USyncProgress("Comparing"));
        var options = new USyncPlanOptions(Schema: request.Scope != USyncScope.Content, Content: request.Scope != USyncScope.Schema, Force: request.Force);
        var plan = USyncPlanner.Plan(state, set, options);
        logger.LogInformation(
            "uSync plan: {Files} file(s) read in {Read:F1} s, the site read in {Load:F1} s, compared in {Compare:F1} s: {Plan}",
            plan.Items.Count, read.TotalSeconds, (loaded - read).TotalSeconds, (clock.Elapsed - loaded).TotalSeconds, plan);
        return (plan, set, version);
    }

    /// <summary>The hashes an import of <paramref name="scope"/> would store, from the files' bytes only (no parsing); null without a folder.</summary>
    public Dictionary<string, string>? ReadHashes(USyncScope scope)
    {
        if (folder.Resolve(null, forExport: false) is not { } version || !Directory.Exists(version))
        {
            return null;
        }

        var (schemaHash, contentHash) = USyncFolderReader.ReadHashes(version, type => Includes(scope, type));
        return Hashes(schemaHash, contentHash, scope);
    }

    public static bool Includes(USyncScope scope, USyncItemType type) => scope switch
    {
        USyncScope.Schema => type.IsSchema(),
        USyncScope.Content => !type.IsSchema(),
        _ => true,
    };

    /// <summary>The hashes of the imported files, so that start-up does not import the same files again.</summary>
    internal static Dictionary<string, string> Hashes(USyncSet set, USyncScope scope) => Hashes(set.SchemaHash, set.ContentHash, scope);

    private static Dictionary<string, string> Hashes(string schemaHash, string contentHash, USyncScope scope)
    {
        var hashes = new Dictionary<string, string>();
        if (scope != USyncScope.Content)
        {
            hashes[SchemaHashKey] = schemaHash;
        }

        if (scope != USyncScope.Schema)
        {
            hashes[ContentHashKey] = contentHash;
        }

        return hashes;
    }
}
