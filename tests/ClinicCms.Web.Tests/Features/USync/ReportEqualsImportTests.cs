using ClinicCms.Core.USync.Plan;
using ClinicCms.Tests;
using ClinicCms.Web.Features.USync;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.USync;

/// <summary>
/// What <c>report</c> lists is exactly what <c>import</c> then changes: a folder with a created, an updated, a renamed,
/// a deleted and a moved item is reported, imported, and the rows the import changed are compared with the report.
/// </summary>
public sealed class ReportEqualsImportTests : IAsyncDisposable
{
    private static readonly Guid Textarea = Guid.Parse("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3");
    private static readonly Guid OpeningHours = Guid.Parse("0b7e1f0a-6a41-4d3c-9a55-0f1a2b3c4d5e");
    private readonly TempUSyncFolder _folder = new();
    private readonly CmsApplication _site;

    public ReportEqualsImportTests() => _site = USyncTestSite.Start(_folder.Path);

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_items_report_lists_are_exactly_those_import_changes()
    {
        // create: a new page; update: the article's summary; rename: a data type and its file;
        // delete: the privacy policy; move: the contact page below "About us".
        var contact = _folder.Read("Content/contact.config");
        _folder.Write("Content/opening-hours.config", contact
            .Replace("602861ee-c6c2-46c2-8747-0e564b89f63d", OpeningHours.ToString(), StringComparison.Ordinal)
            .Replace("\"Contact\"", "\"Opening hours\"", StringComparison.Ordinal));
        _folder.Replace("Content/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer.config", "<summary>\n      <Value><![CDATA[", "<summary>\n      <Value><![CDATA[Updated. ");
        _folder.Replace("DataTypes/Textarea.config", "Textarea", "Long text");
        _folder.Move("DataTypes/Textarea.config", "DataTypes/LongText.config");
        _folder.MarkDeleted("Content/privacy-policy.config", Guid.Parse(Key("Content/privacy-policy.config")), "Privacy policy", 2);
        _folder.Replace("Content/contact.config", "<Parent Key=\"990cbdde-e05b-4a5f-9634-f17a6755887b\">Home", $"<Parent Key=\"{StarterContent.AboutUs}\">About us");

        var report = await _site.USyncAsync(usync => usync.ReportAsync(new USyncRunRequest(_folder.Path)));
        var before = await _site.SnapshotAsync();
        var import = await _site.USyncAsync(usync => usync.ImportAsync(new USyncRunRequest(_folder.Path)));
        var after = await _site.SnapshotAsync();

        var reported = report.Plan!.Changes.ToList();
        Assert.Equal(
            ["Create Opening hours", "Delete Privacy policy", "Update Contact", "Update Effectiveness of chemotherapy in treating metastatic breast cancer", "Update Long text"],
            reported.Select(i => $"{i.Change} {i.Name}").Order(StringComparer.Ordinal));
        Assert.Equal(reported.Select(i => i.Key).Order(), USyncTestSite.ChangedKeys(before, after).Order());
        Assert.Equal(report.Rows, import.Rows);
        Assert.Contains(reported.Single(i => i.Name == "Contact").Differences, d => d.Field == "Parent" && d.Incoming == StarterContent.AboutUs.ToString());
        Assert.Contains(reported.Single(i => i.Name == "Long text").Differences, d => d.Field == "Info/Name" && d.Current == "Textarea");

        // The rename kept one data type under the same key, and a second report finds nothing left to do.
        Assert.Equal($"DataType|Long text", string.Join('|', after[Textarea].Split('|').Take(2)));
        Assert.Equal(before.Keys.Count(k => before[k].StartsWith("DataType|", StringComparison.Ordinal)), after.Keys.Count(k => after[k].StartsWith("DataType|", StringComparison.Ordinal)));
        var again = await _site.USyncAsync(usync => usync.ReportAsync(new USyncRunRequest(_folder.Path)));
        Assert.Empty(again.Plan!.Changes);
        Assert.DoesNotContain(again.Plan.Items, i => i.Change == USyncChange.Conflict);
    }

    private string Key(string relative) => System.Text.RegularExpressions.Regex.Match(_folder.Read(relative), "Key=\"([0-9a-f-]{36})\"").Groups[1].Value;
}
