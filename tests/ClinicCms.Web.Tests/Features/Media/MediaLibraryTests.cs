using System.Net;
using ClinicCms.Core.Media;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using static ClinicCms.Web.Tests.Features.Media.MediaTestExtensions;

namespace ClinicCms.Web.Tests.Features.Media;

public sealed class MediaLibraryTests(MediaApplication site) : IClassFixture<MediaApplication>
{
    private static readonly byte[] Photo = TestImages.Plain(SKEncodedImageFormat.Jpeg, 800, 600);

    [Fact]
    public async Task Folders_hold_items_and_moving_a_folder_moves_what_is_in_it()
    {
        var doctors = (await site.MediaAsync(m => m.CreateFolderAsync(Guid.Empty, "Doctors", Editor))).Key;
        var year = (await site.MediaAsync(m => m.CreateFolderAsync(doctors, "2024", Editor))).Key;
        var photo = (await site.UploadAsync("dr-sen.jpg", Photo, year)).Key!.Value;

        var moved = await site.TreeAsync(t => t.MoveAsync(year, Guid.Empty, Editor));

        Assert.True(moved.Succeeded, moved.Message);
        var (folder, image) = await site.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CmsDbContext>();
            return (await db.Nodes.SingleAsync(n => n.Key == year), await db.Nodes.SingleAsync(n => n.Key == photo));
        });
        Assert.Equal((1, 2), (folder.Level, image.Level));
        Assert.Equal($"-1,{folder.Id},{image.Id}", image.Path);
        Assert.Contains((await site.QueryAsync(q => q.ListAsync(Guid.Empty))).Items, i => i.Key == year && i.IsFolder);
    }

    [Fact]
    public async Task A_folder_cannot_move_into_itself_and_nothing_goes_inside_an_image()
    {
        var outer = (await site.MediaAsync(m => m.CreateFolderAsync(Guid.Empty, "Outer", Editor))).Key;
        var inner = (await site.MediaAsync(m => m.CreateFolderAsync(outer, "Inner", Editor))).Key;
        var image = (await site.UploadAsync("scan.png", TestImages.Plain(SKEncodedImageFormat.Png))).Key!.Value;

        var intoItself = await site.TreeAsync(t => t.MoveAsync(outer, inner, Editor));
        var intoImage = await site.MediaAsync(m => m.CreateFolderAsync(image, "Nope", Editor));

        Assert.Equal(MediaResultStatus.Refused, intoItself.Status);
        Assert.Contains("into itself", intoItself.Message);
        Assert.Equal(MediaResultStatus.Refused, intoImage.Status);
    }

    [Fact]
    public async Task Renamed_items_are_found_by_name_in_any_letter_case_and_trashed_ones_are_not()
    {
        var key = (await site.UploadAsync("img-0042.jpg", Photo)).Key!.Value;
        var trashed = (await site.UploadAsync("mammography-old.jpg", Photo)).Key!.Value;
        await site.MediaAsync(m => m.RenameAsync(key, "Mammography suite", Editor));
        await site.TreeAsync(t => t.TrashAsync(trashed, Editor));

        var found = await site.QueryAsync(q => q.SearchAsync("MAMMOGRAPHY"));

        Assert.Equal(["Mammography suite"], found.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task A_folder_lists_a_page_at_a_time_with_thumbnails_that_are_served()
    {
        var folder = (await site.MediaAsync(m => m.CreateFolderAsync(Guid.Empty, "Paged", Editor))).Key;
        foreach (var name in new[] { "one.jpg", "two.jpg", "three.jpg" })
        {
            await site.UploadAsync(name, Photo, folder);
        }

        var page = await site.QueryAsync(q => q.ListAsync(folder, skip: 0, take: 2));

        Assert.Equal(3, page.Total);
        Assert.Equal(["one", "two"], page.Items.Select(i => i.Name));
        var thumbnail = await site.CreateClient().GetAsync(page.Items[0].ThumbnailUrl);
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal((320, 320), TestImages.SizeOf(await thumbnail.Content.ReadAsByteArrayAsync()));
        Assert.All(page.Items, i => Assert.True(i.NeedsAltText));
    }

    [Fact]
    public async Task Trashing_a_folder_trashes_its_items_restore_brings_them_back_and_delete_removes_the_files()
    {
        var folder = (await site.MediaAsync(m => m.CreateFolderAsync(Guid.Empty, "Old campaign", Editor))).Key;
        var upload = await site.UploadAsync("banner.jpg", Photo, folder);
        var file = Path.Combine(site.MediaRoot, upload.Url!["/media/".Length..]);

        await site.TreeAsync(t => t.TrashAsync(folder, Editor));
        Assert.Equal([folder], (await site.QueryAsync(q => q.RecycleBinAsync())).Items.Select(i => i.Key).Where(k => k == folder || k == upload.Key));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync(upload.Url)).StatusCode);

        await site.TreeAsync(t => t.RestoreAsync(folder, Editor));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync(upload.Url)).StatusCode);

        Assert.Equal(MediaResultStatus.Refused, (await site.TreeAsync(t => t.DeleteAsync(folder, Editor))).Status);
        await site.TreeAsync(t => t.TrashAsync(folder, Editor));
        var deleted = await site.TreeAsync(t => t.DeleteAsync(folder, Editor));

        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.False(File.Exists(file));
        Assert.Null(await site.QueryAsync(q => q.DetailAsync(upload.Key!.Value)));
    }

    [Fact]
    public async Task An_item_whose_folder_was_deleted_is_restored_only_to_a_folder_the_editor_chooses()
    {
        var folder = (await site.MediaAsync(m => m.CreateFolderAsync(Guid.Empty, "Temporary", Editor))).Key;
        var photo = (await site.UploadAsync("keep.jpg", Photo, folder)).Key!.Value;
        await site.TreeAsync(t => t.TrashAsync(photo, Editor));
        await site.TreeAsync(t => t.TrashAsync(folder, Editor));
        await site.TreeAsync(t => t.DeleteAsync(folder, Editor));

        var back = await site.TreeAsync(t => t.RestoreAsync(photo, Editor));
        var chosen = await site.TreeAsync(t => t.RestoreAsync(photo, Editor, parentKey: Guid.Empty));

        Assert.Equal(MediaResultStatus.Refused, back.Status);
        Assert.Contains("Choose a folder", back.Message);
        Assert.True(chosen.Succeeded, chosen.Message);
    }

    [Fact]
    public async Task An_image_needs_alt_text_unless_it_is_marked_decorative()
    {
        var upload = await site.UploadAsync("ward.jpg", Photo);
        var key = upload.Key!.Value;
        Assert.Equal([MediaConventions.AltText], upload.Problems!.Select(p => p.Path));

        var missing = await site.MediaAsync(m => m.SaveAsync(key, new MediaEdit("Ward", AltText: "  "), 1, Editor));
        var decorative = await site.MediaAsync(m => m.SaveAsync(key, new MediaEdit("Ward", IsDecorative: true), 1, Editor));
        var described = await site.MediaAsync(m => m.SaveAsync(key, new MediaEdit("Ward", AltText: "A quiet ward with two beds by a window"), decorative.VersionNumber, Editor));

        Assert.Equal(MediaResultStatus.Invalid, missing.Status);
        Assert.Equal("Enter alternative text that describes the image, or mark the image as decorative.", Assert.Single(missing.Problems).Message);
        Assert.True(decorative.Succeeded, decorative.Message);
        Assert.True(described.Succeeded, described.Message);
        var item = (await site.QueryAsync(q => q.DetailAsync(key)))!.Item;
        Assert.Equal(("A quiet ward with two beds by a window", false, false), (item.AltText, item.IsDecorative, item.NeedsAltText));
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused()
    {
        var key = (await site.UploadAsync("stale.jpg", Photo)).Key!.Value;
        await site.MediaAsync(m => m.RenameAsync(key, "Renamed by a colleague", new(null, "Priya")));

        var stale = await site.MediaAsync(m => m.SaveAsync(key, new MediaEdit("Mine", IsDecorative: true), 1, Editor));

        Assert.Equal(MediaResultStatus.Stale, stale.Status);
        Assert.Contains("Priya", stale.Message);
    }
}
