using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicCms.Core.Media;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Media.Api;
using ClinicCms.Web.Tests.Features.Media;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using static ClinicCms.Web.Tests.Features.BackOffice.Media.MediaSectionClient;

namespace ClinicCms.Web.Tests.Features.BackOffice.Media;

/// <summary>
/// Who may do what with media, checked on the server with the real sign-in: Editors and Administrators have the Media
/// section; Writers pick and upload images for their drafts and describe images no published page shows, nothing more.
/// </summary>
public sealed class MediaPermissionTests(MediaSectionApplication site) : IClassFixture<MediaSectionApplication>
{
    [Fact]
    public async Task A_writer_has_no_media_section()
    {
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);

        var header = await writer.GetAsync("/umbraco/section/content");
        var section = await writer.Http.GetAsync(Section);

        Assert.DoesNotContain(header.QuerySelectorAll(".bo-sections a"), a => a.Text() == "Media");
        Assert.Equal(HttpStatusCode.Redirect, section.StatusCode);
        Assert.Contains("/umbraco/access-denied", section.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_editor_has_the_media_section()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);

        var page = await editor.GetAsync(Section);

        Assert.Contains(page.QuerySelectorAll(".bo-sections a"), a => a.Text() == "Media" && a.GetAttribute("aria-current") == "page");
        Assert.Equal("Media", page.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task A_writer_browses_searches_and_uploads_for_the_picker_and_describes_the_new_image()
    {
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);

        var children = await writer.ApiAsync(HttpMethod.Get, "/children");
        var search = await writer.ApiAsync(HttpMethod.Get, "/search?query=anything");
        var upload = await UploadAsync(writer, "writers-photo.png");
        var key = upload.Files[0].Key!.Value;
        var described = await writer.ApiAsync(HttpMethod.Put, $"/{key}/alt-text", new AltTextRequest("A nurse with a patient", false));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { children.StatusCode, search.StatusCode, described.StatusCode });
        Assert.Equal("A nurse with a patient", (await site.LatestAsync(key)).Values.Get(MediaConventions.AltText));
        Assert.Equal("Wendy Writer", await CreatorAsync(key));
    }

    [Fact]
    public async Task A_writer_cannot_change_an_image_a_published_page_shows()
    {
        var key = (await site.UploadAsync("live.png", TestImages.Plain(SKEncodedImageFormat.Png))).Key!.Value;
        await site.MediaAsync(m => m.SetAltTextAsync(key, "Reviewed description", false, MediaTestExtensions.Editor));
        await site.EditAsync(StarterContent.SampleSpecialist, "photo", Picker(key), publish: true);
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);

        var refused = await writer.ApiAsync(HttpMethod.Put, $"/{key}/alt-text", new AltTextRequest("Unreviewed claim", false));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("ask an editor", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("Reviewed description", (await site.LatestAsync(key)).Values.Get(MediaConventions.AltText));
    }

    [Fact]
    public async Task A_writer_cannot_create_rename_move_trash_restore_or_delete_media()
    {
        var key = (await site.UploadAsync("keep-me.png", TestImages.Plain(SKEncodedImageFormat.Png))).Key!.Value;
        var trashed = (await site.UploadAsync("trashed.png", TestImages.Plain(SKEncodedImageFormat.Png))).Key!.Value;
        await site.TreeAsync(t => t.TrashAsync(trashed, MediaTestExtensions.Editor));
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);
        var before = await site.LatestAsync(key);

        HttpResponseMessage[] answers =
        [
            await writer.ApiAsync(HttpMethod.Post, "/folder", new CreateFolderRequest(Guid.Empty, "Writer's folder")),
            await writer.ApiAsync(HttpMethod.Put, $"/{key}", new SaveMediaRequest("Renamed", "Alt", false, null, before.Version)),
            await writer.ApiAsync(HttpMethod.Put, $"/{key}/focal-point", new FocalPointRequest(new(0.1m, 0.1m))),
            await writer.ApiAsync(HttpMethod.Put, $"/{key}/move", new ParentRequest(Guid.Empty)),
            await writer.ApiAsync(HttpMethod.Put, $"/{key}/move-to-recycle-bin?confirmUsed=true"),
            await writer.ApiAsync(HttpMethod.Put, $"/{trashed}/restore"),
            await writer.ApiAsync(HttpMethod.Delete, $"/{trashed}?confirmUsed=true"),
        ];
        var editorsForm = await (await site.SignInAsync(BackOfficeApplication.Editor)).GetAsync(Edit(key));
        var posted = await writer.SubmitAsync(editorsForm, "#media-form", "Input.Action=save", new() { ["Input.Name"] = "Renamed", ["Input.AltText"] = "Alt" },
            tokenFrom: await writer.GetAsync("/umbraco/section/content"));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        Assert.Contains("/umbraco/access-denied", posted.Headers.Location?.OriginalString);
        Assert.Equal(before.Version, (await site.LatestAsync(key)).Version);
        Assert.Equal("keep me", (await site.LatestAsync(key)).Name);
        Assert.Equal(HttpStatusCode.OK, (await (await site.SignInAsync(BackOfficeApplication.Editor)).GetResponseAsync(Edit(trashed))).StatusCode);
    }

    [Fact]
    public async Task An_editor_uses_every_media_endpoint()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);

        var folder = await editor.ApiAsync(HttpMethod.Post, "/folder", new CreateFolderRequest(Guid.Empty, "Editor's folder"));
        var key = (await UploadAsync(editor, "editors.png")).Files[0].Key!.Value;
        var moved = await editor.ApiAsync(HttpMethod.Put, $"/{key}/move", new ParentRequest((await folder.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetGuid()));
        var trashed = await editor.ApiAsync(HttpMethod.Put, $"/{key}/move-to-recycle-bin");
        var deleted = await editor.ApiAsync(HttpMethod.Delete, $"/{key}");

        Assert.All([folder, moved, trashed, deleted], a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    private static async Task<MediaUploadResponse> UploadAsync(BackOfficeClient client, string name)
    {
        var page = await client.GetAsync("/umbraco/section/content");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Plain(SKEncodedImageFormat.Png)), "files", name } };
        var request = new HttpRequestMessage(HttpMethod.Post, MediaEndpoints.Prefix + "/upload") { Content = form };
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
        var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MediaUploadResponse>(MediaClient.Json))!;
    }

    private Task<string?> CreatorAsync(Guid key) =>
        site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Nodes.Where(n => n.Key == key).Select(n => n.CreatorName).SingleAsync());
}
