using System.Diagnostics;
using ClinicCms.Core.USync.Plan;
using ClinicCms.Tests;
using ClinicCms.Web.Features.USync;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.USync;

/// <summary>
/// A large generated folder imports whole and exports again. Timings are printed, never asserted (the benchmark in
/// <c>bench/</c> measures speed); set <c>CLINICCMS_USYNC_NODES</c> (e.g. 10000) for a bigger run.
/// </summary>
public sealed class ImportSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Generated_articles_import_in_one_go_and_report_unchanged_afterwards()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("CLINICCMS_USYNC_NODES"), out var n) ? n : 300;
        using var folder = TempUSyncFolder.Empty();
        await USyncContentGenerator.WriteAsync(folder.Path, count);
        await using var site = USyncTestSite.Start(folder: null);

        var clock = Stopwatch.StartNew();
        var import = await site.USyncAsync(usync => usync.ImportAsync(new USyncRunRequest(folder.Path)));
        var imported = clock.Elapsed;
        clock.Restart();
        var report = await site.USyncAsync(usync => usync.ReportAsync(new USyncRunRequest(folder.Path)));
        var reported = clock.Elapsed;
        clock.Restart();
        using var target = TempUSyncFolder.Empty();
        var export = await site.USyncAsync(usync => usync.ExportAsync(new USyncRunRequest(target.Path)));
        var exported = clock.Elapsed;

        output.WriteLine($"{count} generated articles (+52 project items): import {imported.TotalSeconds:F1} s, report {reported.TotalSeconds:F1} s, export {exported.TotalSeconds:F1} s");
        Assert.False(import.HasErrors);
        Assert.Equal(count + 52, import.Plan!.Count(USyncChange.Create));
        Assert.Equal(count + 52, report.Plan!.Count(USyncChange.NoChange));
        Assert.Equal(count + 53, export.Rows.Count);
        Assert.Equal(
            File.ReadAllBytes(folder.File("Content/generated-article-7.config")),
            File.ReadAllBytes(target.File("Content/generated-article-7.config")));
    }
}
