using ClinicCms.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClinicCms.Browser.Tests.BackOffice;

/// <summary>
/// The journey of the issue, in a real browser: a writer drafts an article of three sections and reorders two; an
/// editor previews it and publishes it; a visitor then reads the sections in the new order.
/// </summary>
public sealed class PublishingJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string ArticlesKey = "3b52c067-66a6-48f0-b2c9-43555f0e59ff";

    [Fact]
    public async Task A_writer_drafts_an_article_an_editor_previews_and_publishes_it_and_a_visitor_reads_it()
    {
        site.SkipUnlessReady();

        // The writer finds Articles in the tree and creates an article below it.
        var writer = await site.SignInAsync(BrowserSite.WriterEmail);
        await writer.Locator(".tree-item", new() { HasText = "Home" }).First.Locator(".tree-toggle").First.ClickAsync();
        await writer.GetByRole(AriaRole.Link, new() { Name = "Articles", Exact = true }).ClickAsync();
        await writer.GetByText("Actions").ClickAsync();
        await writer.GetByRole(AriaRole.Link, new() { Name = "Create", Exact = true }).ClickAsync();
        await writer.Locator(".type-list").GetByRole(AriaRole.Link, new() { Name = "Article" }).ClickAsync();

        await writer.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Eating well during chemotherapy");
        await writer.GetByRole(AriaRole.Textbox, new() { Name = "Title", Exact = true }).FillAsync("Eating well during chemotherapy");
        await writer.GetByRole(AriaRole.Textbox, new() { Name = "Summary", Exact = true }).FillAsync("Small, frequent meals help. Here is what our dietitians suggest.");
        foreach (var heading in new[] { "Before treatment", "On treatment days", "Between cycles" })
        {
            await writer.GetByRole(AriaRole.Button, new() { Name = "Add Article section" }).ClickAsync();
            var block = writer.Locator(".block").Last;
            await block.GetByRole(AriaRole.Textbox, new() { Name = "Heading", Exact = true }).FillAsync(heading);
            await block.Locator(".rte-content").FillAsync($"Advice for {heading.ToLowerInvariant()}.");
            await Expect(block.Locator(".block-label")).ToHaveTextAsync(heading);
        }

        // "Between cycles" goes up one place: before "On treatment days".
        await writer.Locator(".block", new() { HasText = "Between cycles" }).GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
        await Expect(writer.Locator(".block-label")).ToHaveTextAsync(["Before treatment", "Between cycles", "On treatment days"]);
        await BrowserSite.ScreenshotAsync(writer, "writer-editor");
        Assert.Equal(0, await writer.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).CountAsync());
        await writer.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(writer.Locator("[data-notice]")).ToContainTextAsync("Created and saved.");
        var editUrl = writer.Url;

        // The editor opens the draft (counting what opening it costs), previews it and publishes it.
        var editor = await site.SignInAsync(BrowserSite.EditorEmail);
        await editor.GotoAsync($"/umbraco/section/content/workspace/document/edit/{ArticlesKey}");
        var requests = new List<string>();
        editor.Request += (_, request) => requests.Add(request.Url);
        site.ServerRequests.Clear();
        await editor.GotoAsync(editUrl);
        await Expect(editor.Locator(".block-label")).ToHaveCountAsync(3);
        await editor.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var reachedServer = site.ServerRequests.ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"Opening an article for editing after the first load: {requests.Count} HTTP requests ({string.Join(", ", requests)})");
        await BrowserSite.NoteAsync($"open-article-requests: {requests.Count} made by the page ({string.Join(", ", requests)}); {reachedServer.Count} reached the server ({string.Join(", ", reachedServer)})");
        Assert.InRange(requests.Count, 1, 10);
        Assert.Equal(1, reachedServer.Count(r => r.StartsWith("GET /umbraco/section/content/workspace/document/edit/", StringComparison.Ordinal)));
        Assert.DoesNotContain(reachedServer, r => r.Contains("/dist/backoffice/", StringComparison.Ordinal));

        var preview = await editor.RunAndWaitForPopupAsync(() => editor.GetByRole(AriaRole.Link, new() { Name = "Preview" }).ClickAsync());
        await Expect(preview.Locator("article h2")).ToHaveTextAsync(["Before treatment", "Between cycles", "On treatment days"]);
        await BrowserSite.ScreenshotAsync(preview, "preview");
        await preview.CloseAsync();

        await editor.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Expect(editor.Locator("[data-notice]")).ToContainTextAsync("published");
        await BrowserSite.ScreenshotAsync(editor, "editor-published");

        // A visitor (no back-office cookie) reads the article with the sections in their new order.
        var visitor = await (await site.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl })).NewPageAsync();
        await visitor.GotoAsync("/articles/eating-well-during-chemotherapy/");
        await Expect(visitor.Locator("h1")).ToHaveTextAsync("Eating well during chemotherapy");
        await Expect(visitor.Locator("article h2")).ToHaveTextAsync(["Before treatment", "Between cycles", "On treatment days"]);
    }
}
