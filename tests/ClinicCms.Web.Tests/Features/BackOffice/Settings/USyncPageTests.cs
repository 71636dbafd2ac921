using System.Net;
using AngleSharp.Dom;
using ClinicCms.Tests;
using ClinicCms.Web.Features.BackOffice.Settings;
using ClinicCms.Web.Features.USync;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ClinicCms.Web.Tests.Features.BackOffice.Settings.USyncPageApplication;

namespace ClinicCms.Web.Tests.Features.BackOffice.Settings;

/// <summary>
/// An administrator's uSync page, used as a browser without JavaScript uses it: the same rows as the command line,
/// an import that shows its report and waits for confirmation, an export that lists the files it wrote, and errors
/// that name file and line. Every test leaves the files and the site in step again.
/// </summary>
public sealed class USyncPageTests(USyncPageApplication site) : IClassFixture<USyncPageApplication>
{
    private const string Form = ".usync-form";

    [Fact]
    public async Task Report_lists_the_items_with_their_action_and_differences_and_changes_nothing()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        site.Folder.Replace("DataTypes/Numeric.config", "<Name>Numeric</Name>", "<Name>Whole number</Name>");
        try
        {
            var before = await site.SnapshotAsync();

            var report = await RunAsync(admin, await admin.GetAsync(USyncPage), Form, "Input.Operation=report", new() { ["Input.Set"] = "schema" });

            var row = Assert.Single(Rows(report));
            Assert.Equal(["Update", "Data type", "Whole number", "DataTypes/Numeric.config"], row.Take(4));
            Assert.Contains("Info/Name: Numeric becomes Whole number", row[4]);
            Assert.Contains("Update 1", Counts(report));
            Assert.Contains(Counts(report), c => c.StartsWith("No change ", StringComparison.Ordinal));
            Assert.Null(report.QuerySelector("#usync-confirm"));
            Assert.Equal(before, await site.SnapshotAsync());

            // "All" lists the unchanged items too, as the command line does.
            var all = await admin.GetAsync(report.QuerySelectorAll(".usync-filter a").Single(a => a.TextContent.StartsWith("All", StringComparison.Ordinal)).GetAttribute("href")!);
            Assert.Contains(Rows(all), r => r[0] == "No change" && r[2] == "article" && r[3] == "ContentTypes/article.config");
            Assert.DoesNotContain(Rows(all), r => r[1] == "Content");
        }
        finally
        {
            site.Folder.Replace("DataTypes/Numeric.config", "<Name>Whole number</Name>", "<Name>Numeric</Name>");
        }
    }

    [Fact]
    public async Task Import_shows_the_report_first_and_applies_it_only_when_confirmed()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        site.SetArticleMetaTitleInFile("Chemotherapy for metastatic breast cancer");
        var before = await site.LatestAsync(StarterContent.ChemotherapyArticle);

        var review = await RunAsync(admin, await admin.GetAsync(USyncPage), Form, "Input.Operation=import");

        Assert.Equal("Import: review the changes", review.QuerySelector("h1")!.TextContent);
        var row = Assert.Single(Rows(review));
        Assert.Equal(["Update", "Content", "Effectiveness of chemotherapy in treating metastatic breast cancer"], row.Take(3));
        Assert.Contains("metaTitle: ", row[4]);
        Assert.Contains("becomes Chemotherapy for metastatic breast cancer", row[4]);
        Assert.Contains("Import this change?", review.QuerySelector("#usync-confirm")!.TextContent);
        Assert.Equal(before.Version, (await site.LatestAsync(StarterContent.ChemotherapyArticle)).Version);

        var import = await RunAsync(admin, review, "#usync-confirm", null);

        Assert.Contains("1 change applied", import.QuerySelector(".notice-positive")!.TextContent);
        Assert.Equal("Update", Assert.Single(Rows(import))[0]);
        Assert.Equal("Chemotherapy for metastatic breast cancer", (await site.LatestAsync(StarterContent.ChemotherapyArticle)).Values.Get("metaTitle"));
        var article = await site.CreateClient().GetDocumentAsync(StarterContent.ArticleUrl);
        Assert.StartsWith("Chemotherapy for metastatic breast cancer", article.Title);
    }

    [Fact]
    public async Task A_confirmed_import_applies_nothing_when_the_files_changed_after_the_review()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        site.SetArticleMetaTitleInFile("Reviewed title");
        var review = await RunAsync(admin, await admin.GetAsync(USyncPage), Form, "Input.Operation=import", new() { ["Input.Set"] = "content" });
        site.SetArticleMetaTitleInFile("Title changed after the review");
        var before = await site.SnapshotAsync();

        var refused = await RunAsync(admin, review, "#usync-confirm", null);

        Assert.Contains("Nothing was imported", refused.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(before, await site.SnapshotAsync());
        Assert.Contains("becomes Title changed after the review", Assert.Single(Rows(refused))[4]);

        // The new report can be confirmed in its turn.
        var import = await RunAsync(admin, refused, "#usync-confirm", null);

        Assert.Contains("1 change applied", import.QuerySelector(".notice-positive")!.TextContent);
        Assert.Equal("Title changed after the review", (await site.LatestAsync(StarterContent.ChemotherapyArticle)).Values.Get("metaTitle"));
    }

    [Fact]
    public async Task Export_writes_the_files_and_lists_the_ones_it_wrote()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        site.Folder.Delete("Templates/article.config");

        var export = await RunAsync(admin, await admin.GetAsync(USyncPage), Form, "Input.Operation=export", new() { ["Input.Set"] = "schema" });

        Assert.Equal(["Created", "Template", "article", "Templates/article.config", ""], Assert.Single(Rows(export)));
        Assert.Matches(@"1 file written, \d+ unchanged", export.QuerySelector(".notice-positive")!.TextContent);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.ProjectUSync, "Templates/article.config")), File.ReadAllBytes(site.Folder.File("Templates/article.config")));
    }

    [Fact]
    public async Task An_invalid_file_shows_its_file_and_line_and_nothing_can_be_imported()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        site.Folder.Replace("Templates/article.config", "</Name>", "</Nmae>");
        try
        {
            var before = await site.SnapshotAsync();

            var review = await RunAsync(admin, await admin.GetAsync(USyncPage), Form, "Input.Operation=import");
            var problem = review.QuerySelectorAll(".usync-problems tbody tr").Single();
            var confirm = await admin.Http.PostAsync(new Uri(review.Url).AbsolutePath + "?handler=Import", Token(review));

            Assert.Contains("Nothing can be imported", review.QuerySelector("[role=alert]")!.TextContent);
            Assert.Equal("Error", problem.Children[0].TextContent.Trim());
            Assert.Equal("Templates/article.config(3)", problem.Children[1].TextContent.Trim());
            Assert.StartsWith("malformed XML: ", problem.Children[2].TextContent);
            Assert.Null(review.QuerySelector("#usync-confirm"));
            Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
            Assert.EndsWith("?notice=confirmed", confirm.Headers.Location!.OriginalString);
            Assert.Equal(before, await site.SnapshotAsync());
        }
        finally
        {
            site.Folder.Replace("Templates/article.config", "</Nmae>", "</Name>");
        }
    }

    [Fact]
    public async Task Force_is_explained_and_imports_over_an_edit_made_on_this_site()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        await site.EditAsync(StarterContent.ChemotherapyArticle, "metaTitle", "Edited on this site", publish: true);
        site.SetArticleMetaTitleInFile("From the files");
        var page = await admin.GetAsync(USyncPage);
        var force = page.QuerySelector("input[name='Input.Force']")!;

        var report = await RunAsync(admin, page, Form, "Input.Operation=report", new() { ["Input.Set"] = "content" });
        var review = await RunAsync(admin, page, Form, "Input.Operation=import", new() { ["Input.Set"] = "content", ["Input.Force"] = "true" });
        var import = await RunAsync(admin, review, "#usync-confirm", null);

        Assert.Contains("overwrites those edits", page.GetElementById(force.GetAttribute("aria-describedby")!)!.TextContent);
        var conflict = Assert.Single(Rows(report));
        Assert.Equal("Conflict", conflict[0]);
        Assert.Contains("choose Force to overwrite it", conflict[4]);
        Assert.Contains("metaTitle: Edited on this site becomes From the files", conflict[4]);
        Assert.Equal("Update", Assert.Single(Rows(review))[0]);
        Assert.Contains("1 change applied", import.QuerySelector(".notice-positive")!.TextContent);
        Assert.Equal("From the files", (await site.LatestAsync(StarterContent.ChemotherapyArticle)).Values.Get("metaTitle"));
    }

    [Fact]
    public async Task A_long_run_shows_its_progress_and_a_second_run_waits_for_it()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        var page = await admin.GetAsync(USyncPage);
        var gate = new TaskCompletionSource();
        var jobs = site.Services.GetRequiredService<USyncJobs>();
        var (job, _) = jobs.Start(USyncJobKind.Import, new USyncRunRequest(), "Asha Admin", async (services, progress, cancellationToken) =>
        {
            progress.Report(new USyncProgress("Importing", 4_000, 10_000));
            await gate.Task;
            return await services.GetRequiredService<USyncService>().ReportAsync(new USyncRunRequest(), cancellationToken: cancellationToken);
        });
        try
        {
            var running = await admin.GetAsync($"{USyncPage}/{job.Id}");
            var status = await admin.Http.GetStringAsync($"{USyncPage}/{job.Id}?handler=Status");
            var second = await admin.SubmitAsync(page, Form, "Input.Operation=export");

            var progress = running.QuerySelector("[data-usync-progress] progress")!;
            Assert.Equal("Importing (4,000 of 10,000)", running.QuerySelector("[data-usync-progress] [role=status]")!.TextContent);
            Assert.Equal(("4000", "10000"), (progress.GetAttribute("value"), progress.GetAttribute("max")));
            Assert.NotNull(running.QuerySelector($"a[href='{USyncPage}/{job.Id}']"));
            Assert.Contains("\"running\":true", status);
            Assert.Equal($"{USyncPage}/{job.Id}?notice=busy", second.Headers.Location!.OriginalString);
            Assert.Same(job, site.Runs[0]);
        }
        finally
        {
            gate.SetResult();
        }

        var done = await admin.GetAsync($"{USyncPage}/{job.Id}");

        Assert.Null(done.QuerySelector("[data-usync-progress]"));
        Assert.NotNull(done.QuerySelector(".usync-counts"));
    }
}
