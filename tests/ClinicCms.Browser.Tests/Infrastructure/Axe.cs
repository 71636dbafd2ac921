using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClinicCms.Browser.Tests.Infrastructure;

/// <summary>The back office's accessibility check: axe finds no serious or critical problem on the page as it is.</summary>
public static class Axe
{
    /// <summary>Saves a screenshot (named after the page's path unless a name is given), then runs axe on the page.</summary>
    public static async Task AssertNoSeriousProblemsAsync(IPage page, string? name = null)
    {
        name ??= new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '-');
        await BrowserSite.ScreenshotAsync(page, name);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, name + ": " + string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }
}
