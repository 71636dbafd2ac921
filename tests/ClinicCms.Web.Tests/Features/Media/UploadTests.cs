using System.Net;
using ClinicCms.Core.Content;
using ClinicCms.Core.Media;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Media.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace ClinicCms.Web.Tests.Features.Media;

public sealed class UploadTests(UploadTests.Site site) : IClassFixture<UploadTests.Site>
{
    /// <summary>A small size limit, so "too large" needs no 20 MB test file.</summary>
    public sealed class Site : MediaApplication
    {
        public Site() => Settings["ClinicCms:Media:MaxFileBytes"] = (256 * 1024).ToString();
    }

    public static TheoryData<string, string, string> AllowedTypes => new()
    {
        { "portrait.jpg", "Image", "image/jpeg" },
        { "diagram.png", "Image", "image/png" },
        { "animation.gif", "Image", "image/gif" },
        { "photo.webp", "Image", "image/webp" },
        { "clinic-logo.svg", "Image", "image/svg+xml" },
        { "patient-leaflet.pdf", "File", "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(AllowedTypes))]
    public async Task Each_allowed_type_is_uploaded_with_its_details_and_served_from_its_media_url(string fileName, string mediaType, string contentType)
    {
        var (response, body) = await site.CreateEditorClient().UploadAsync(Guid.Empty, (fileName, Content(fileName)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = Assert.Single(body!.Files);
        Assert.Null(file.Error);
        Assert.Equal(mediaType, file.MediaTypeAlias);
        Assert.Matches($"^/media/[a-z0-9]{{8}}/{Path.GetFileNameWithoutExtension(fileName)}\\.{Path.GetExtension(fileName)[1..]}$", file.Url);

        var values = await ValuesAsync(file.Key!.Value);
        Assert.Equal(Path.GetExtension(fileName)[1..], values.Get(MediaConventions.Extension));
        Assert.Equal(new FileInfo(Path.Combine(site.MediaRoot, file.Url![7..])).Length.ToString(), values.Get(MediaConventions.Bytes));
        if (mediaType == "Image")
        {
            Assert.NotNull(values.Get(MediaConventions.Width));
            Assert.NotNull(values.Get(MediaConventions.Height));
            Assert.Contains(file.Problems, p => p.Path == MediaConventions.AltText);
        }

        var served = await site.CreateClient().GetAsync(file.Url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(contentType, served.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_image_records_its_width_and_height_in_pixels()
    {
        var (_, body) = await site.CreateEditorClient().UploadAsync(Guid.Empty, ("wide.png", TestImages.WithMark(300, 200, 0.5f, 0.5f)));

        var values = await ValuesAsync(Assert.Single(body!.Files).Key!.Value);
        Assert.Equal("300", values.Get(MediaConventions.Width));
        Assert.Equal("200", values.Get(MediaConventions.Height));
    }

    [Fact]
    public async Task A_renamed_executable_is_refused_and_leaves_nothing_behind()
    {
        var (response, body) = await RefusedAsync(("photo.jpg", TestImages.Executable()));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = Assert.Single(body.Files).Error!;
        Assert.Contains("\"photo.jpg\" was not uploaded", error.Detail);
        Assert.Contains("not a type the media library accepts", error.Detail);
    }

    [Fact]
    public async Task A_file_whose_content_does_not_match_its_extension_is_refused()
    {
        var (response, body) = await RefusedAsync(("scan.pdf", TestImages.Plain(SKEncodedImageFormat.Png)));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("its content is a PNG image", Assert.Single(body.Files).Error!.Detail);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_while_it_is_read()
    {
        var big = new byte[400 * 1024];
        TestImages.Plain(SKEncodedImageFormat.Png).CopyTo(big, 0);

        var (response, body) = await RefusedAsync(("huge-scan.png", big));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("\"huge-scan.png\" was not uploaded: it is larger than the 256 KB limit.", Assert.Single(body.Files).Error!.Detail);
    }

    [Theory]
    [InlineData("../../appsettings.png")]
    [InlineData("..\\..\\web.config.png")]
    [InlineData("/etc/passwd.png")]
    public async Task A_file_name_with_a_path_is_refused(string fileName)
    {
        var (response, body) = await RefusedAsync((fileName, TestImages.Plain(SKEncodedImageFormat.Png)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("only a plain file name is accepted", Assert.Single(body.Files).Error!.Detail);
    }

    [Fact]
    public async Task An_svg_with_a_script_is_refused_and_leaves_nothing_behind()
    {
        var (response, body) = await RefusedAsync(("logo.svg", TestImages.Svg("<script>alert(document.cookie)</script><circle r=\"4\"/>")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<script> element", Assert.Single(body.Files).Error!.Detail);
    }

    [Fact]
    public async Task In_a_batch_a_refused_file_does_not_stop_the_others()
    {
        var (response, body) = await site.CreateEditorClient().UploadAsync(Guid.Empty,
            ("first.png", TestImages.Plain(SKEncodedImageFormat.Png)), ("virus.jpg", TestImages.Executable()), ("second.jpg", TestImages.Plain(SKEncodedImageFormat.Jpeg)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["first.png", "virus.jpg", "second.jpg"], body!.Files.Select(f => f.FileName));
        Assert.Equal([true, false, true], body.Files.Select(f => f.Error is null));
    }

    [Fact]
    public async Task File_names_are_cleaned_the_way_Umbraco_does()
    {
        var (_, body) = await site.CreateEditorClient().UploadAsync(Guid.Empty, ("Dr Priya Sen (2024) photo.JPG", TestImages.Plain(SKEncodedImageFormat.Jpeg)));

        var file = Assert.Single(body!.Files);
        Assert.Null(file.Error);
        Assert.Matches("^/media/[a-z0-9]{8}/[a-z0-9-]+\\.jpg$", file.Url);
    }

    [Fact]
    public async Task Anonymous_requests_are_refused()
    {
        var (response, _) = await site.CreateClient().UploadAsync(Guid.Empty, ("a.png", TestImages.Plain(SKEncodedImageFormat.Png)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var (response, _) = await site.CreateEditorClient(antiforgery: false).UploadAsync(Guid.Empty, ("a.png", TestImages.Plain(SKEncodedImageFormat.Png)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(HttpResponseMessage Response, MediaUploadResponse Body)> RefusedAsync((string Name, byte[] Content) file)
    {
        var filesBefore = Files();
        var nodesBefore = await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Nodes.CountAsync());

        var (response, body) = await site.CreateEditorClient().UploadAsync(Guid.Empty, file);

        Assert.Equal(filesBefore, Files());
        Assert.Equal(nodesBefore, await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Nodes.CountAsync()));
        Assert.Empty(Directory.Exists(site.UploadFolder) ? Directory.GetFiles(site.UploadFolder) : []);
        Assert.NotNull(body);
        return (response, body);
    }

    private string[] Files() =>
        Directory.Exists(site.MediaRoot) ? [.. Directory.GetFiles(site.MediaRoot, "*", SearchOption.AllDirectories).Order()] : [];

    private Task<PropertyValues> ValuesAsync(Guid key) => site.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<CmsDbContext>();
        var node = await db.Nodes.SingleAsync(n => n.Key == key);
        return PropertyValuesJson.Deserialize(await db.Versions.Where(v => v.Id == node.PublishedVersionId).Select(v => v.Values).SingleAsync());
    });

    private static byte[] Content(string fileName) => Path.GetExtension(fileName) switch
    {
        ".jpg" => TestImages.Plain(SKEncodedImageFormat.Jpeg),
        ".png" => TestImages.Plain(SKEncodedImageFormat.Png),
        ".webp" => TestImages.Plain(SKEncodedImageFormat.Webp),
        ".gif" => TestImages.Gif(),
        ".svg" => TestImages.Svg(),
        _ => TestImages.Pdf(),
    };
}
