using System.Net;
using ClinicCms.Web.Data;
using ClinicCms.Web.Tests.Features.Media;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using static ClinicCms.Web.Tests.Features.BackOffice.Media.MediaSectionClient;

namespace ClinicCms.Web.Tests.Features.BackOffice.Media;

/// <summary>Rename, move, trash (warned first when used), restore and delete for good, through the Media section's forms.</summary>
public sealed class MediaTreeOperationsTests(MediaSectionApplication site) : IClassFixture<MediaSectionApplication>
{
    [Fact]
    public async Task A_folder_is_renamed_from_its_workspace()
    {
        var folder = (await site.MediaAsync(m => m.CreateFolderAsync(Guid.Empty, "Temp name", MediaTestExtensions.Editor))).Key;
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);

        var renamed = await editor.SubmitAsync(await editor.GetAsync(Edit(folder)), "#media-form", null, new() { ["Input.Name"] = "Outreach camps" });

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Outreach camps", (await site.LatestAsync(folder)).Name);
    }

    [Fact]
    public async Task An_image_moves_into_a_folder_chosen_on_the_move_page()
    {
        var folder = (await site.MediaAsync(m => m.CreateFolderAsync(Guid.Empty, "Moved here", MediaTestExtensions.Editor))).Key;
        var image = (await site.UploadAsync("moving.png", TestImages.Plain(SKEncodedImageFormat.Png))).Key!.Value;
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var move = await editor.GetAsync($"{Section}/move/{image}");

        var moved = await editor.SubmitAsync(move, ".dialog-page form", null, new() { ["target"] = folder.ToString() });

        Assert.Contains(move.QuerySelectorAll("input[name=target]"), i => i.GetAttribute("value") == folder.ToString());
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(folder, await ParentAsync(image));
    }

    [Fact]
    public async Task Trashing_a_used_image_lists_its_users_first_then_takes_it_off_the_site_and_restoring_brings_it_back()
    {
        var (image, url) = await UsedImageAsync("hero-used.png", StarterContent.SampleSpecialist);
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var trash = await editor.GetAsync($"{Section}/trash/{image}");

        var trashed = await editor.SubmitAsync(trash, ".dialog-page form", null);
        var offline = await site.CreateClient().GetAsync(url);
        var bin = await editor.GetAsync(Section + "/recycle-bin");
        var restored = await editor.SubmitAsync(bin, $"form[action*='{image}']", null);

        Assert.Contains("Dr Sample Specialist", trash.QuerySelector("[data-used-by-warning]").Text());
        Assert.Equal("Trash anyway", trash.QuerySelector(".dialog-page form button").Text());
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, offline.StatusCode);
        Assert.Contains(bin.QuerySelectorAll("td a"), a => a.GetAttribute("href") == Edit(image));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_trash_that_content_started_using_after_the_page_opened_is_refused_with_the_list()
    {
        var image = (await site.UploadAsync("late-use.png", TestImages.Plain(SKEncodedImageFormat.Png))).Key!.Value;
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var trash = await editor.GetAsync($"{Section}/trash/{image}");
        await site.MediaAsync(m => m.SetAltTextAsync(image, "Late", false, MediaTestExtensions.Editor));
        await site.EditAsync(StarterContent.ChemotherapyArticle, "heroImage", Picker(image));

        var refused = await editor.SubmitAsync(trash, ".dialog-page form", null);

        Assert.Equal("Trash", trash.QuerySelector(".dialog-page form button").Text());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Effectiveness of chemotherapy", (await BackOfficeClient.ParseAsync(refused)).QuerySelector("[data-used-by-warning]").Text());
        Assert.False(await TrashedAsync(image));
    }

    [Fact]
    public async Task Deleting_for_good_warns_about_content_that_uses_the_image_and_removes_its_file()
    {
        var (image, url) = await UsedImageAsync("delete-me.png", StarterContent.ChemotherapyArticle);
        await site.TreeAsync(t => t.TrashAsync(image, MediaTestExtensions.Editor, confirmUsed: true));
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var delete = await editor.GetAsync($"{Section}/delete/{image}");

        var deleted = await editor.SubmitAsync(delete, ".dialog-page form", null);

        Assert.Contains("Effectiveness of chemotherapy", delete.QuerySelector("[data-used-by-warning]").Text());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await ParentAsync(image));
        Assert.False(File.Exists(Path.Combine(site.Root, "media", url["/media/".Length..])));
    }

    private async Task<(Guid Key, string Url)> UsedImageAsync(string name, Guid content)
    {
        var upload = await site.UploadAsync(name, TestImages.Plain(SKEncodedImageFormat.Png, 320, 240));
        var key = upload.Key!.Value;
        await site.MediaAsync(m => m.SetAltTextAsync(key, "Used", false, MediaTestExtensions.Editor));
        var property = content == StarterContent.SampleSpecialist ? "photo" : "heroImage";
        var result = await site.EditAsync(content, property, Picker(key), publish: true);
        Assert.True(result.Published, result.Message);
        return (key, upload.Url!);
    }

    private Task<Guid?> ParentAsync(Guid key) =>
        site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Nodes.Where(n => n.Key == key).Select(n => (Guid?)n.ParentKey).SingleOrDefaultAsync());

    private Task<bool> TrashedAsync(Guid key) =>
        site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Nodes.Where(n => n.Key == key).Select(n => n.Trashed).SingleAsync());
}
