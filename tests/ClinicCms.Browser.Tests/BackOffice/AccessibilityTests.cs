using ClinicCms.Browser.Tests.Infrastructure;
using ClinicCms.Web.Features.BackOffice.Settings;
using ClinicCms.Web.Features.USync;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClinicCms.Browser.Tests.BackOffice;

/// <summary>axe finds no serious or critical problem on the screens staff use most.</summary>
public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string ChemotherapyArticle = "ba1ba528-a742-466a-a9be-b8d98b905a00";

    [Fact]
    public async Task The_sign_in_page_has_no_serious_accessibility_problems()
    {
        site.SkipUnlessReady();
        var page = await (await site.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl })).NewPageAsync();
        await page.GotoAsync("/umbraco/login");
        await Axe.AssertNoSeriousProblemsAsync(page);
    }

    [Fact]
    public async Task The_content_tree_has_no_serious_accessibility_problems()
    {
        site.SkipUnlessReady();
        var page = await site.SignInAsync(BrowserSite.EditorEmail);
        await page.Locator(".tree-toggle").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Articles", Exact = true }).WaitForAsync();
        await Axe.AssertNoSeriousProblemsAsync(page);
    }

    [Fact]
    public async Task The_article_editor_has_no_serious_accessibility_problems()
    {
        site.SkipUnlessReady();
        var page = await site.SignInAsync(BrowserSite.EditorEmail);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync($"/umbraco/section/content/workspace/document/edit/{ChemotherapyArticle}");
        await page.Locator(".rte-content").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator(".block-summary").First.ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Medical review" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Content" }).First.ClickAsync();
        await Axe.AssertNoSeriousProblemsAsync(page);

        // The content security policy (and anything else) blocked nothing the editor needs.
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_usync_page_its_progress_and_its_results_have_no_serious_accessibility_problems()
    {
        site.SkipUnlessReady();
        var page = await site.SignInAsync(BrowserSite.AdminEmail);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "uSync", Exact = true }).ClickAsync();
        await Axe.AssertNoSeriousProblemsAsync(page);

        // A long run: the page shows its progress and, by itself, its results when the run has finished.
        var gate = new TaskCompletionSource();
        var (job, _) = site.Services.GetRequiredService<USyncJobs>().Start(USyncJobKind.Report, new USyncRunRequest(), "Asha Admin", async (services, progress, cancellationToken) =>
        {
            progress.Report(new USyncProgress("Comparing", 2_500, 10_000));
            await gate.Task;
            return await services.GetRequiredService<USyncService>().ReportAsync(new USyncRunRequest(), cancellationToken: cancellationToken);
        });
        await page.GotoAsync($"/umbraco/section/settings/usync/{job.Id}");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Comparing (2,500 of 10,000)");
        await Axe.AssertNoSeriousProblemsAsync(page);
        gate.SetResult();
        await Expect(page.Locator(".usync-counts")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // Report, with every row shown; then Import, which shows its report and asks before it changes anything.
        await page.GotoAsync("/umbraco/section/settings/usync");
        await page.GetByRole(AriaRole.Button, new() { Name = "Report" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "All (" }).ClickAsync();
        await Expect(page.Locator(".usync-table tbody tr").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Axe.AssertNoSeriousProblemsAsync(page);
        // An edit made on this site is a Conflict; with Force, Import shows it as an Update and asks before applying it.
        await page.GotoAsync($"/umbraco/section/content/workspace/document/edit/{ChemotherapyArticle}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "SEO" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Meta title", Exact = true }).FillAsync("Edited on this site");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-notice]")).ToBeVisibleAsync();
        await page.GotoAsync("/umbraco/section/settings/usync");
        await page.GetByLabel("Content", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Force", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Expect(page.Locator(".usync-table tbody tr")).ToContainTextAsync("metaTitle", new() { Timeout = 30_000 });
        await Expect(page.Locator("#usync-confirm")).ToContainTextAsync("Import this change?");
        await Axe.AssertNoSeriousProblemsAsync(page);
    }
}
