using ClinicCms.Tests;
using ClinicCms.Web.Features.USync;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.USync;

/// <summary>The project's own <c>uSync/v17</c>, imported at start-up and exported again, comes back byte for byte.</summary>
public sealed class GoldenRoundTripTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    [Fact]
    public async Task Exporting_the_imported_project_folder_reproduces_it_byte_for_byte()
    {
        using var target = TempUSyncFolder.Empty();

        var result = await site.USyncAsync(usync => usync.ExportAsync(new USyncRunRequest(target.Path)));

        Assert.False(result.HasErrors);
        var expected = Files(TestPaths.ProjectUSync);
        var actual = Files(target.Path);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from the project's file");
        }
    }

    [Fact]
    public async Task Exporting_over_the_project_folder_changes_no_file()
    {
        using var target = new TempUSyncFolder();

        var result = await site.USyncAsync(usync => usync.ExportAsync(new USyncRunRequest(target.Path)));

        Assert.All(result.Rows, r => Assert.Equal("Unchanged", r.Change));
        Assert.Equal(53, result.Rows.Count);
    }

    [Fact]
    public async Task A_report_of_the_imported_folder_lists_every_item_as_unchanged()
    {
        var result = await site.USyncAsync(usync => usync.ReportAsync(new USyncRunRequest(TestPaths.ProjectUSync)));

        Assert.False(result.HasErrors);
        Assert.Equal(52, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.Equal("No change", r.Change));
    }

    private static Dictionary<string, byte[]> Files(string folder) => Directory
        .EnumerateFiles(folder, "*.config", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);
}
