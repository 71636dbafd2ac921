using ClinicCms.Browser.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClinicCms.Browser.Tests.BackOffice;

/// <summary>axe finds no serious or critical problem on the screens staff use most.</summary>
public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string ChemotherapyArticle = "ba1ba528-a742-466a-a9be-b8d98b905a00";

    [Fact]
    public async Task The_sign_in_page_has_no_serious_accessibility_problems()
    {
        SkipWithoutBrowser();
        var page = await (await site.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl })).NewPageAsync();
        await page.GotoAsync("/umbraco/login");
        await AssertNoSeriousProblemsAsync(page);
    }

    [Fact]
    public async Task The_content_tree_has_no_serious_accessibility_problems()
    {
        SkipWithoutBrowser();
        var page = await site.SignInAsync(BrowserSite.EditorEmail);
        await page.Locator(".tree-toggle").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Articles", Exact = true }).WaitForAsync();
        await AssertNoSeriousProblemsAsync(page);
    }

    [Fact]
    public async Task The_article_editor_has_no_serious_accessibility_problems()
    {
        SkipWithoutBrowser();
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
        await AssertNoSeriousProblemsAsync(page);

        // The content security policy (and anything else) blocked nothing the editor needs.
        Assert.Empty(errors);
    }

    private static async Task AssertNoSeriousProblemsAsync(IPage page)
    {
        await BrowserSite.ScreenshotAsync(page, new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '-'));
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }

    private void SkipWithoutBrowser()
    {
        if (site.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
