using ClinicCms.Core.USync.Plan;
using ClinicCms.Tests;
using ClinicCms.Web.Features.USync;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.USync;

/// <summary>A node edited in this environment since its last import is never overwritten by an import unless forced.</summary>
public sealed class ConflictProtectionTests : IAsyncDisposable
{
    private const string ArticleFile = "Content/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer.config";
    private readonly TempUSyncFolder _folder = new();
    private readonly CmsApplication _site;

    public ConflictProtectionTests() => _site = USyncTestSite.Start(_folder.Path);

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_edited_node_is_reported_as_a_conflict_and_kept_unless_forced()
    {
        await _site.EditAsync(StarterContent.ChemotherapyArticle, "metaTitle", "Edited in production", publish: true);
        _folder.Replace(ArticleFile, "<metaTitle>\n      <Value><![CDATA[]]>", "<metaTitle>\n      <Value><![CDATA[From the files]]>");

        var report = await _site.USyncAsync(usync => usync.ReportAsync(new USyncRunRequest(_folder.Path)));
        var import = await _site.USyncAsync(usync => usync.ImportAsync(new USyncRunRequest(_folder.Path)));
        var kept = await _site.LatestAsync(StarterContent.ChemotherapyArticle);

        var conflict = Assert.Single(report.Plan!.Items, i => i.Change == USyncChange.Conflict);
        Assert.Equal(StarterContent.ChemotherapyArticle, conflict.Key);
        Assert.Contains(conflict.Differences, d => d.Field == "metaTitle" && d.Current == "Edited in production" && d.Incoming == "From the files");
        Assert.Contains(report.Rows, r => r.Change == "Conflict" && r.Details.Contains("--force", StringComparison.Ordinal));
        Assert.Empty(import.Plan!.Changes);
        Assert.Equal("Edited in production", kept.Values.Get("metaTitle"));

        var forced = await _site.USyncAsync(usync => usync.ImportAsync(new USyncRunRequest(_folder.Path, Force: true)));
        var overwritten = await _site.LatestAsync(StarterContent.ChemotherapyArticle);

        Assert.Equal(USyncChange.Update, Assert.Single(forced.Plan!.Changes).Change);
        Assert.Equal("From the files", overwritten.Values.Get("metaTitle"));
    }

    [Fact]
    public async Task An_unedited_node_is_updated_and_an_edited_node_is_not_deleted_unforced()
    {
        _folder.Replace("Content/about-us.config", "[Placeholder: the clinic must replace this text]", "[Placeholder]");
        await _site.EditAsync(StarterContent.SampleSpecialist, "metaTitle", "Edited here");
        _folder.MarkDeleted("Content/dr-sample-specialist-sample-profile.config", StarterContent.SampleSpecialist, "Dr Sample Specialist (sample profile)", 3);

        var import = await _site.USyncAsync(usync => usync.ImportAsync(new USyncRunRequest(_folder.Path)));

        Assert.Equal(USyncChange.Update, Assert.Single(import.Plan!.Changes).Change);
        Assert.Equal(USyncChange.Conflict, import.Plan.Items.Single(i => i.Key == StarterContent.SampleSpecialist).Change);
        Assert.Equal("Edited here", (await _site.LatestAsync(StarterContent.SampleSpecialist)).Values.Get("metaTitle"));
    }
}
