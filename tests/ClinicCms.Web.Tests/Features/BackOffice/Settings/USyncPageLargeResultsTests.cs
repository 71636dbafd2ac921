using ClinicCms.Tests;
using ClinicCms.Web.Tests.Infrastructure;
using static ClinicCms.Web.Tests.Features.BackOffice.Settings.USyncPageApplication;

namespace ClinicCms.Web.Tests.Features.BackOffice.Settings;

/// <summary>
/// A folder with over a thousand new articles: the page counts every action and shows the rows in pages of 500, so a
/// 10,000-item import stays readable and its page light.
/// </summary>
public sealed class USyncPageLargeResultsTests(USyncPageLargeResultsTests.GeneratedSite site) : IClassFixture<USyncPageLargeResultsTests.GeneratedSite>
{
    private const int Generated = 1_100;

    [Fact]
    public async Task A_report_of_over_a_thousand_items_is_counted_and_paged()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);

        var report = await RunAsync(admin, await admin.GetAsync(USyncPage), ".usync-form", "Input.Operation=report", new() { ["Input.Set"] = "content" });
        var creates = int.Parse(Counts(report).Single(c => c.StartsWith("Create ", StringComparison.Ordinal))["Create ".Length..].Replace(",", ""));
        var second = await admin.GetAsync(report.QuerySelector(".usync-pages a[rel=next]")!.GetAttribute("href")!);
        var last = await admin.GetAsync(second.QuerySelector(".usync-pages a[rel=next]")!.GetAttribute("href")!);

        Assert.True(creates > Generated, $"{creates} creates");
        Assert.Equal(500, Rows(report).Count);
        Assert.Equal(500, Rows(second).Count);
        Assert.Equal(creates - 1_000, Rows(last).Count);
        Assert.Null(last.QuerySelector(".usync-pages a[rel=next]"));
        Assert.Contains($"of {creates:N0}", last.QuerySelector(".usync-pages")!.TextContent);
        Assert.Contains(Rows(last).Concat(Rows(second)).Concat(Rows(report)), r => r[2] == "Generated article 1100");
    }

    /// <summary>The site on a generated folder; start-up imports only the schema, so every article is still to create.</summary>
    public sealed class GeneratedSite : USyncPageApplication
    {
        public GeneratedSite()
            : base(Generate())
        {
            Settings["uSync:Settings:ImportOnFirstBoot"] = "false";
        }

        private static TempUSyncFolder Generate()
        {
            var folder = TempUSyncFolder.Empty();
            USyncContentGenerator.WriteAsync(folder.Path, Generated).GetAwaiter().GetResult();
            return folder;
        }
    }
}
