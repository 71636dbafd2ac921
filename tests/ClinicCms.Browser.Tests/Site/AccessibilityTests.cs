using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClinicCms.Browser.Tests.Site;

/// <summary>
/// Every page type checked by axe in a real browser, at a phone's width and a desktop's, with no violation of any
/// impact; each is also saved as a screenshot for a person to look at.
/// </summary>
public sealed class AccessibilityTests(SiteServer site) : IClassFixture<SiteServer>
{
    public static TheoryData<string, string, int> Pages()
    {
        var pages = new Dictionary<string, string>
        {
            ["home"] = "/",
            ["article-list"] = "/articles/",
            ["article-list-filtered"] = "/articles/?tag=chemotherapy",
            ["article"] = "/articles/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer/",
            ["specialist-list"] = "/specialists/",
            ["profile"] = "/specialists/dr-sample-specialist-sample-profile/",
            ["contact"] = "/contact/",
            ["search"] = "/search?q=chemotherapy",
            ["not-found"] = "/no-such-page/",
        };
        var data = new TheoryData<string, string, int>();
        foreach (var (name, url) in pages)
        {
            data.Add(name, url, 375);
            data.Add(name, url, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violation(string name, string url, int width)
    {
        await using var context = await site.Ready().Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(site.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                external.Add(request.Url);
            }
        };
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("status of 404", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            // The 404 page itself answers 404; everything it loads must be found.
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync(site.BaseUrl + url, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteServer.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
        var results = await page.RunAxe();

        var violations = results.Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})");
        Assert.True(results.Violations.Length == 0, $"{url} at {width}px:\n" + string.Join("\n", violations));
        Assert.True(external.Count == 0, "third-party requests: " + string.Join(", ", external));
        Assert.True(errors.Count == 0, "console errors: " + string.Join("\n", errors));
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{url} scrolls sideways at {width}px ({scrollWidth}px wide)");
    }
}
