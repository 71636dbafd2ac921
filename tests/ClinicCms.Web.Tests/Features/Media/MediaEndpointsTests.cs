using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Media.Api;
using ClinicCms.Web.Tests.Infrastructure;
using SkiaSharp;

namespace ClinicCms.Web.Tests.Features.Media;

public sealed class MediaEndpointsTests(MediaApplication site) : IClassFixture<MediaApplication>
{
    [Fact]
    public async Task An_editor_creates_a_folder_uploads_into_it_and_lists_it_with_thumbnails()
    {
        var client = site.CreateEditorClient();
        var folder = await (await client.PostAsJsonAsync($"{MediaEndpoints.Prefix}/folder", new CreateFolderRequest(Guid.Empty, "Specialists")))
            .Content.ReadFromJsonAsync<MediaResult>(MediaClient.Json);
        await client.UploadAsync(folder!.Key, ("dr-sen.png", TestImages.Plain(SKEncodedImageFormat.Png, 640, 640)));

        var page = await client.GetFromJsonAsync<MediaPage>($"{MediaEndpoints.Prefix}/children?parentKey={folder.Key}", MediaClient.Json);

        var item = Assert.Single(page!.Items);
        Assert.Equal(("dr sen", "Image", true), (item.Name, item.MediaTypeAlias, item.NeedsAltText));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(item.ThumbnailUrl)).StatusCode);
    }

    [Fact]
    public async Task Moving_a_used_image_to_the_recycle_bin_answers_409_with_the_content_that_uses_it()
    {
        var client = site.CreateEditorClient();
        var (_, upload) = await client.UploadAsync(Guid.Empty, ("hero.png", TestImages.Plain(SKEncodedImageFormat.Png, 640, 480)));
        var key = upload!.Files[0].Key!.Value;
        await site.MediaAsync(m => m.SetAltTextAsync(key, "Reception desk", false, MediaTestExtensions.Editor));
        await site.EditAsync(StarterContent.ChemotherapyArticle, "heroImage", UsedByTests.Picker(key), publish: true);

        var refused = await client.PutAsync($"{MediaEndpoints.Prefix}/{key}/move-to-recycle-bin", null);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var confirmed = await client.PutAsync($"{MediaEndpoints.Prefix}/{key}/move-to-recycle-bin?confirmUsed=true", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(StarterContent.ChemotherapyArticle, problem.GetProperty("usedBy")[0].GetProperty("contentKey").GetGuid());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    [Fact]
    public async Task Reading_needs_a_signed_in_user_and_changing_needs_the_antiforgery_token()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.CreateClient().GetAsync($"{MediaEndpoints.Prefix}/children")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateEditorClient(antiforgery: false).GetAsync($"{MediaEndpoints.Prefix}/children")).StatusCode);

        var forged = await site.CreateEditorClient(antiforgery: false).PostAsJsonAsync($"{MediaEndpoints.Prefix}/folder", new CreateFolderRequest(Guid.Empty, "Forged"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
