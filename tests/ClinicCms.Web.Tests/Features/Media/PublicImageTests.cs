using System.Net;
using AngleSharp.Dom;
using ClinicCms.Web.Tests.Infrastructure;
using SkiaSharp;
using static ClinicCms.Web.Tests.Features.Media.MediaTestExtensions;

namespace ClinicCms.Web.Tests.Features.Media;

public sealed class PublicImageTests(MediaApplication site) : IClassFixture<MediaApplication>
{
    private const string ProfileUrl = "/specialists/dr-sample-specialist-sample-profile/";

    [Fact]
    public async Task A_specialist_photo_shows_with_srcset_sizes_dimensions_and_alt_text()
    {
        var key = await ImageAsync("dr-sample.jpg", 1600, 1200, "Dr Sample Specialist in her consulting room");
        await site.EditAsync(StarterContent.SampleSpecialist, "photo", UsedByTests.Picker(key), publish: true);

        var img = await ImageOnAsync(ProfileUrl, "img.profile-photo");

        Assert.Equal("Dr Sample Specialist in her consulting room", img.GetAttribute("alt"));
        Assert.Equal(("640", "640"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("16rem", img.GetAttribute("sizes"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        var candidates = SrcSet(img);
        Assert.Equal([160, 320, 480, 640], candidates.Select(c => c.Width));
        foreach (var (url, width) in candidates)
        {
            Assert.Contains("crop=profile", url);
            var response = await site.CreateClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal((width, width), TestImages.SizeOf(await response.Content.ReadAsByteArrayAsync()));
        }
    }

    [Fact]
    public async Task The_article_hero_loads_at_once_and_section_images_load_lazily()
    {
        var hero = await ImageAsync("hero.jpg", 2000, 1500, "Doctor explaining a treatment plan");
        var section = await ImageAsync("infusion.jpg", 1200, 900, "An infusion chair in the day-care unit");
        await site.EditAsync(StarterContent.ChemotherapyArticle, "heroImage", UsedByTests.Picker(hero));
        await site.EditAsync(StarterContent.ChemotherapyArticle, "sections", await UsedByTests.WithSectionImageAsync(site, section), publish: true);

        var page = await site.CreateClient().GetDocumentAsync(StarterContent.ArticleUrl);

        var heroImg = page.QuerySelector("img.hero-image")!;
        Assert.Equal(("eager", "high"), (heroImg.GetAttribute("loading"), heroImg.GetAttribute("fetchpriority")));
        Assert.Equal(("1600", "900"), (heroImg.GetAttribute("width"), heroImg.GetAttribute("height")));
        Assert.Equal(1600, SrcSet(heroImg).Max(c => c.Width));
        var sectionImg = page.QuerySelector("img.section-image")!;
        Assert.Equal("lazy", sectionImg.GetAttribute("loading"));
        Assert.Equal(("1024", "768"), (sectionImg.GetAttribute("width"), sectionImg.GetAttribute("height")));
        Assert.Equal("An infusion chair in the day-care unit", sectionImg.GetAttribute("alt"));
    }

    [Fact]
    public async Task A_decorative_image_has_an_empty_alt_and_a_trashed_one_disappears_from_the_page()
    {
        var key = (await site.UploadAsync("pattern.png", TestImages.Plain(SKEncodedImageFormat.Png, 900, 900))).Key!.Value;
        await site.MediaAsync(m => m.SetAltTextAsync(key, null, isDecorative: true, Editor));
        await site.EditAsync(StarterContent.SampleSpecialist, "photo", UsedByTests.Picker(key), publish: true);

        Assert.Equal(string.Empty, (await ImageOnAsync(ProfileUrl, "img.profile-photo")).GetAttribute("alt"));

        await site.TreeAsync(t => t.TrashAsync(key, Editor, confirmUsed: true));
        var page = await site.CreateClient().GetDocumentAsync(ProfileUrl);
        Assert.Null(page.QuerySelector("img.profile-photo"));
    }

    private async Task<Guid> ImageAsync(string fileName, int width, int height, string alt)
    {
        var key = (await site.UploadAsync(fileName, TestImages.Plain(SKEncodedImageFormat.Jpeg, width, height))).Key!.Value;
        await site.MediaAsync(m => m.SetAltTextAsync(key, alt, false, Editor));
        return key;
    }

    private async Task<IElement> ImageOnAsync(string url, string selector)
    {
        var page = await site.CreateClient().GetDocumentAsync(url);
        return page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No {selector} on {url}");
    }

    private static List<(string Url, int Width)> SrcSet(IElement img) =>
        [.. img.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')).Select(p => (p[0], int.Parse(p[1].TrimEnd('w'))))];
}
