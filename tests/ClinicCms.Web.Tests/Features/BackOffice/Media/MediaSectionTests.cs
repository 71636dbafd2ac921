using System.Net;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Tests.Features.Media;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using static ClinicCms.Web.Tests.Features.BackOffice.Media.MediaSectionClient;

namespace ClinicCms.Web.Tests.Features.BackOffice.Media;

/// <summary>The Media section's collection: folders, Grid and List views with thumbnails, paging, search, create folder.</summary>
public sealed class MediaSectionTests(MediaSectionApplication site) : IClassFixture<MediaSectionApplication>
{
    [Fact]
    public async Task A_folder_lists_its_images_in_grid_and_list_views_with_thumbnails_and_flags_missing_alt_text()
    {
        var folder = await FolderAsync("Clinic photos");
        var described = await site.UploadAsync("reception.png", TestImages.Plain(SKEncodedImageFormat.Png, 640, 480), folder);
        await site.MediaAsync(m => m.SetAltTextAsync(described.Key!.Value, "The reception desk", false, MediaTestExtensions.Editor));
        await site.UploadAsync("waiting-room.jpg", TestImages.Plain(SKEncodedImageFormat.Jpeg, 800, 600), folder);
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);

        var grid = await editor.GetAsync(Edit(folder));
        var list = await editor.GetAsync(Edit(folder) + "?view=list");

        var cards = grid.QuerySelectorAll(".media-grid .media-card");
        Assert.Equal(["reception", "waiting room"], cards.Select(c => c.QuerySelector(".media-card-name")!.FirstChild!.TextContent.Trim()));
        Assert.All(cards, c => Assert.Contains("rmode=crop", c.QuerySelector("img")!.GetAttribute("src")));
        Assert.Equal(["Needs alternative text"], grid.QuerySelectorAll(".media-card .media-badge").Select(b => b.Text()));
        var rows = list.QuerySelectorAll(".media-table tbody tr");
        Assert.Equal(["reception", "Image (PNG)", "640 × 480 px", "The reception desk"], new[] { 1, 2, 4, 5 }.Select(i => rows[0].Children[i].Text()));
        Assert.Equal("Needs alternative text", rows[1].Children[5].Text());
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync(cards[0].QuerySelector("img")!.GetAttribute("src"))).StatusCode);
    }

    [Fact]
    public async Task Creating_a_folder_opens_it_and_the_tree_shows_it()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var root = await editor.GetAsync(Section);

        var created = await editor.SubmitAsync(root, ".media-create form", null, new() { ["name"] = "Hospital building" });
        var folder = await BackOfficeClient.ParseAsync(await editor.GetResponseAsync(created.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("Hospital building", folder.QuerySelector("#media-name")!.GetAttribute("value"));
        Assert.Contains("Folder created", folder.QuerySelector("[data-notice]").Text());
        Assert.Contains(folder.QuerySelectorAll(".bo-sidebar .tree-link[aria-current=page]"), a => a.Text() == "Hospital building");
    }

    [Fact]
    public async Task A_folder_without_a_name_is_not_created_and_the_page_says_why()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var root = await editor.GetAsync(Section);

        var refused = await editor.SubmitAsync(root, ".media-create form", null, new() { ["name"] = "  " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Enter a name", (await BackOfficeClient.ParseAsync(refused)).QuerySelector("[role=alert]").Text());
    }

    [Fact]
    public async Task A_folder_of_many_items_is_listed_fifty_at_a_time()
    {
        var folder = await FolderAsync("Archive");
        for (var i = 1; i <= 60; i++)
        {
            await site.MediaAsync(m => m.CreateFolderAsync(folder, $"Year {i:000}", MediaTestExtensions.Editor));
        }

        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var first = await editor.GetAsync(Edit(folder));
        var second = await editor.GetAsync(first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(50, first.QuerySelectorAll(".media-card").Length);
        Assert.Equal("Items 1–50 of 60", first.QuerySelector(".pagination span").Text());
        Assert.Equal(10, second.QuerySelectorAll(".media-card").Length);
        Assert.Equal("Year 051", second.QuerySelector(".media-card-name")!.FirstChild!.TextContent.Trim());
        Assert.NotNull(second.QuerySelector(".pagination a[rel=prev]"));
    }

    [Fact]
    public async Task Search_finds_items_by_name_in_any_folder_but_not_in_the_recycle_bin()
    {
        var folder = await FolderAsync("Team");
        await site.UploadAsync("oncology-team-2026.png", TestImages.Plain(SKEncodedImageFormat.Png), folder);
        var trashed = await site.UploadAsync("oncology-team-2019.png", TestImages.Plain(SKEncodedImageFormat.Png), folder);
        await site.TreeAsync(t => t.TrashAsync(trashed.Key!.Value, MediaTestExtensions.Editor));
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);

        var results = await editor.GetAsync(Section + "?q=ONCOLOGY team");

        Assert.Equal(["oncology team 2026"], results.QuerySelectorAll(".media-card-name").Select(n => n.FirstChild!.TextContent.Trim()));
        Assert.Equal("Search results for “ONCOLOGY team”", results.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task The_section_is_one_page_whose_only_other_requests_are_the_bundle_and_thumbnails()
    {
        var folder = await FolderAsync("Requests");
        await site.UploadAsync("one.png", TestImages.Plain(SKEncodedImageFormat.Png), folder);
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);

        var page = await editor.GetAsync(Edit(folder));

        var sources = page.QuerySelectorAll("script[src], link[rel=stylesheet], img[src]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!).ToList();
        Assert.All(sources, s => Assert.True(s.StartsWith("/dist/backoffice/", StringComparison.Ordinal) && s.Contains("?v=") || s.StartsWith("/media/", StringComparison.Ordinal), s));
        Assert.Single(sources, s => s.StartsWith("/media/", StringComparison.Ordinal));
    }

    private async Task<Guid> FolderAsync(string name)
    {
        var result = await site.InScopeAsync(s => s.GetRequiredService<MediaService>().CreateFolderAsync(Guid.Empty, name + " " + Guid.NewGuid().ToString("N")[..6], new ContentUser(null, "Test")));
        Assert.True(result.Succeeded, result.Message);
        return result.Key;
    }
}
