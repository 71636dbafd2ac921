using System.Net;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Content;

public sealed class PublishingTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    [Fact]
    public async Task A_published_change_shows_on_the_next_request_even_after_the_page_was_cached()
    {
        var client = site.CreateClient();
        _ = await client.GetStringAsync(StarterContent.ArticleUrl); // now in the output cache

        var result = await site.EditAsync(StarterContent.ChemotherapyArticle, "title", "Chemotherapy for metastatic breast cancer", publish: true);

        Assert.True(result.Published, result.Message);
        var page = await client.GetDocumentAsync(StarterContent.ArticleUrl);
        Assert.Equal("Chemotherapy for metastatic breast cancer", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_saved_draft_does_not_change_the_public_page()
    {
        var result = await site.EditAsync(StarterContent.AboutUs, "bodyText", "{\"blocks\":null,\"markup\":\"<p>Draft text</p>\"}");

        Assert.True(result.Saved);
        Assert.DoesNotContain("Draft text", await site.CreateClient().GetStringAsync("/about-us/"));
    }

    [Fact]
    public async Task An_invalid_draft_is_saved_but_cannot_be_published()
    {
        var result = await site.EditAsync(StarterContent.SampleSpecialist, "fullName", "", publish: true);

        Assert.True(result.Saved);
        Assert.False(result.Published);
        Assert.Equal(ContentResultStatus.Invalid, result.Status);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("fullName", problem.Path);
        Assert.Contains("Dr Sample Specialist", await site.CreateClient().GetStringAsync("/specialists/dr-sample-specialist-sample-profile/"));
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_and_names_who_saved_in_between()
    {
        var (version, name, values) = await site.LatestAsync(StarterContent.Specialists);
        var colleague = new ContentUser(null, "Priya from Marketing");
        var first = await site.ContentAsync(c => c.SaveAsync(StarterContent.Specialists, new ContentEdit(name, values.Set("introduction", "Theirs")), version, colleague));

        var second = await site.ContentAsync(c => c.SaveAsync(StarterContent.Specialists, new ContentEdit(name, values.Set("introduction", "Mine")), version, ContentTestExtensions.Editor));

        Assert.True(first.Saved);
        Assert.Equal(ContentResultStatus.Stale, second.Status);
        Assert.False(second.Saved);
        Assert.Equal("Priya from Marketing", second.LatestSavedBy);
        Assert.Contains("Priya from Marketing", second.Message);
        Assert.Equal("Theirs", (await site.LatestAsync(StarterContent.Specialists)).Values.Get("introduction"));
    }

    [Fact]
    public async Task Unpublishing_a_page_makes_it_answer_404_and_publishing_brings_it_back()
    {
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/contact/")).StatusCode);
        var contact = Guid.Parse("602861ee-c6c2-46c2-8747-0e564b89f63d");

        await site.ContentAsync(c => c.UnpublishAsync(contact, ContentTestExtensions.Editor));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/contact/")).StatusCode);

        var republished = await site.ContentAsync(c => c.PublishAsync(contact, ContentTestExtensions.Editor));
        Assert.True(republished.Published, republished.Message);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/contact/")).StatusCode);
    }
}
