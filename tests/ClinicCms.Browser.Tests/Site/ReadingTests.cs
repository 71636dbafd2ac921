using Microsoft.Playwright;

namespace ClinicCms.Browser.Tests.Site;

/// <summary>What a reader does with the keyboard, with large text and without script.</summary>
public sealed class ReadingTests(SiteServer site) : IClassFixture<SiteServer>
{
    private const string ArticleUrl = "/articles/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer/";

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        var page = await site.Ready().Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + ArticleUrl);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().top >= 0"), "the focused skip link is visible");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_article_reads_without_script_and_its_contents_links_reach_the_sections()
    {
        await using var context = await site.Ready().Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + ArticleUrl);

        await page.ClickAsync("nav.toc >> text=Combination therapy");

        Assert.EndsWith("#combination-therapy", page.Url);
        Assert.True(await page.IsVisibleAsync("h3#combination-therapy"));
    }

    [Fact]
    public async Task Doubled_text_size_still_fits_a_phone_screen()
    {
        await using var context = await site.Ready().Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + ArticleUrl);

        await page.EvaluateAsync("document.documentElement.style.fontSize = '200%'");

        Assert.True(await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)") >= 32, "text does not follow the reader's size");
        var wide = await page.EvaluateAsync<string>("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 321).map(e => e.tagName + '.' + e.className + '<' + e.parentElement.parentElement.className + ' [' + e.textContent.trim().slice(0,20) + '] ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join('; ')");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, "the page scrolls sideways with large text: " + wide);
    }

    [Fact]
    public async Task Printing_the_article_hides_navigation_and_shows_its_address_and_review_date()
    {
        var page = await site.Ready().Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + ArticleUrl);

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        Assert.False(await page.IsVisibleAsync("nav[aria-label=Main]"));
        Assert.False(await page.IsVisibleAsync("form[role=search]"));
        Assert.True(await page.IsVisibleAsync(".print-only"));
        Assert.Contains(ArticleUrl, await page.TextContentAsync(".print-only"));
        Assert.True(await page.IsVisibleAsync(".review"));
        await page.CloseAsync();
    }
}
