using ClinicCms.Core.PropertyEditors;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Tests.Infrastructure;
using SkiaSharp;
using static ClinicCms.Web.Tests.Features.Media.MediaTestExtensions;

namespace ClinicCms.Web.Tests.Features.Media;

public sealed class UsedByTests(MediaApplication site) : IClassFixture<MediaApplication>
{
    private static readonly byte[] Photo = TestImages.Plain(SKEncodedImageFormat.Jpeg, 800, 600);

    [Fact]
    public async Task Used_by_lists_pickers_blocks_and_rich_text_in_drafts_and_published_versions()
    {
        var key = await DescribedImageAsync("used.jpg");
        await site.EditAsync(StarterContent.SampleSpecialist, "photo", Picker(key));                        // draft only
        await site.EditAsync(StarterContent.ChemotherapyArticle, "sections", await WithSectionImageAsync(key), publish: true);
        await site.EditAsync(StarterContent.AboutUs, "bodyText", RichTextValue.ToStoredText(
            $"<p>Our ward</p><img src=\"/media/x/used.jpg\" alt=\"The ward\" data-udi=\"umb://media/{key:N}\">"), publish: true);

        var usedBy = (await site.QueryAsync(q => q.DetailAsync(key)))!.UsedBy;

        var specialist = Assert.Single(usedBy, u => u.ContentKey == StarterContent.SampleSpecialist);
        Assert.Equal((true, false), (specialist.InDraft, specialist.InPublished));
        Assert.Equal(["photo"], specialist.Paths);
        var article = Assert.Single(usedBy, u => u.ContentKey == StarterContent.ChemotherapyArticle);
        Assert.Equal((true, true), (article.InDraft, article.InPublished));
        Assert.Equal(["sections[0].image"], article.Paths);
        Assert.Equal(["bodyText"], Assert.Single(usedBy, u => u.ContentKey == StarterContent.AboutUs).Paths);
    }

    [Fact]
    public async Task Deleting_a_used_image_is_refused_with_the_list_until_it_is_confirmed()
    {
        var key = await DescribedImageAsync("hero.jpg");
        await site.EditAsync(StarterContent.ChemotherapyArticle, "heroImage", Picker(key), publish: true);

        var refused = await site.TreeAsync(t => t.TrashAsync(key, Editor));
        var confirmed = await site.TreeAsync(t => t.TrashAsync(key, Editor, confirmUsed: true));
        var deleteRefused = await site.TreeAsync(t => t.DeleteAsync(key, Editor));
        var deleted = await site.TreeAsync(t => t.DeleteAsync(key, Editor, confirmUsed: true));

        Assert.Equal(MediaResultStatus.InUse, refused.Status);
        Assert.Contains("Effectiveness of chemotherapy", refused.Message);
        Assert.Equal(StarterContent.ChemotherapyArticle, Assert.Single(refused.UsedBy!).ContentKey);
        Assert.True(confirmed.Succeeded);
        Assert.Equal(MediaResultStatus.InUse, deleteRefused.Status);
        Assert.True(deleted.Succeeded);
    }

    [Fact]
    public async Task A_page_cannot_be_published_with_an_image_that_has_no_alt_text()
    {
        var key = (await site.UploadAsync("undescribed.jpg", Photo)).Key!.Value;

        var refused = await site.EditAsync(StarterContent.SampleSpecialist, "photo", Picker(key), publish: true);
        await site.MediaAsync(m => m.SetAltTextAsync(key, "Dr Sample Specialist smiling in her clinic", false, Editor));
        var published = await site.ContentAsync(c => c.PublishAsync(StarterContent.SampleSpecialist, ContentTestExtensions.Editor));

        Assert.Equal(ContentResultStatus.Invalid, refused.Status);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal("photo", problem.Path);
        Assert.Contains("\"undescribed\" has no alternative text", problem.Message);
        Assert.True(published.Published, published.Message);
    }

    private async Task<Guid> DescribedImageAsync(string fileName)
    {
        var key = (await site.UploadAsync(fileName, Photo)).Key!.Value;
        await site.MediaAsync(m => m.SetAltTextAsync(key, "A doctor talking with a patient", false, Editor));
        return key;
    }

    internal static string Picker(Guid mediaKey) => MediaPickerValue.ToStoredText([new MediaPickerItem(Guid.Empty, mediaKey, "Image", null)]);

    internal static async Task<string> WithSectionImageAsync(CmsApplication site, Guid mediaKey)
    {
        var blocks = BlockListValue.Parse((await site.LatestAsync(StarterContent.ChemotherapyArticle)).Values.Get("sections"));
        var first = blocks.ContentData[0];
        return (blocks with { ContentData = [first with { Values = first.Values.Set("image", Picker(mediaKey)) }, .. blocks.ContentData.Skip(1)] }).ToStoredText();
    }

    private Task<string> WithSectionImageAsync(Guid mediaKey) => WithSectionImageAsync(site, mediaKey);
}
