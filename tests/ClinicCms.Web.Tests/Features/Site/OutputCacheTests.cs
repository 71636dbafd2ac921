using System.Net;
using System.Net.Http.Headers;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Site;

/// <summary>
/// Pages are served from the output cache and evicted exactly when something they show changes. A cache hit
/// carries an <c>Age</c> header; a freshly rendered page does not.
/// </summary>
public sealed class OutputCacheTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    private async Task<bool> IsCachedAsync(string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Age is not null;
    }

    private async Task WarmAsync(params string[] urls)
    {
        foreach (var url in urls)
        {
            await site.CreateClient().GetAsync(url);
            Assert.True(await IsCachedAsync(url), $"{url} was not cached");
        }
    }

    [Fact]
    public async Task Publishing_an_unrelated_page_keeps_cached_pages_cached()
    {
        // Not reviewed by the sample specialist, so the profile does not list it.
        var unrelated = await site.PublishArticleAsync("Exercise after treatment", ["exercise"], reviewed: false);
        await WarmAsync(StarterContent.ArticleUrl, "/specialists/dr-sample-specialist-sample-profile/");

        await site.EditAsync(unrelated, "summary", "Gentle exercise helps recovery.", publish: true);

        Assert.True(await IsCachedAsync(StarterContent.ArticleUrl));
        Assert.True(await IsCachedAsync("/specialists/dr-sample-specialist-sample-profile/"));
        Assert.False(await IsCachedAsync("/articles/"), "the list shows the changed summary");
    }

    [Fact]
    public async Task Publishing_a_node_a_page_shows_evicts_that_page()
    {
        await WarmAsync(StarterContent.ArticleUrl, "/articles/", "/privacy-policy/");

        // The article shows its reviewer's name and credentials.
        await site.EditAsync(StarterContent.SampleSpecialist, "qualifications", "MBBS, MD (Oncology)", publish: true);

        Assert.False(await IsCachedAsync(StarterContent.ArticleUrl));
        Assert.Contains("MBBS, MD (Oncology)", await site.CreateClient().GetStringAsync(StarterContent.ArticleUrl));
        Assert.True(await IsCachedAsync("/articles/"), "the list does not show the reviewer");
        Assert.True(await IsCachedAsync("/privacy-policy/"));
    }

    [Fact]
    public async Task A_new_article_sharing_a_topic_evicts_the_articles_it_is_related_to_and_the_list()
    {
        await WarmAsync(StarterContent.ArticleUrl, "/articles/", "/about-us/");

        await site.PublishArticleAsync("Treatment side effects", ["treatment"]);

        Assert.False(await IsCachedAsync(StarterContent.ArticleUrl));
        Assert.False(await IsCachedAsync("/articles/"));
        Assert.True(await IsCachedAsync("/about-us/"));
    }

    [Fact]
    public async Task Site_settings_on_home_evict_every_page_and_a_new_page_evicts_cached_404s()
    {
        var response = await site.CreateClient().GetAsync("/second-opinions/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await WarmAsync("/privacy-policy/");

        await site.EditAsync(StarterContent.Home, "emergencyNote", "Call 112 in an emergency.", publish: true);
        Assert.False(await IsCachedAsync("/privacy-policy/"));
        Assert.Contains("Call 112 in an emergency.", await site.CreateClient().GetStringAsync("/privacy-policy/"));
    }

    [Fact]
    public async Task A_matching_ETag_answers_304_from_the_cache_and_when_rendering()
    {
        var first = await site.CreateClient().GetAsync("/medical-disclaimer/");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);

        foreach (var _ in new[] { "from the cache", "again" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/medical-disclaimer/");
            request.Headers.IfNoneMatch.Add(etag);
            var conditional = await site.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
            Assert.Empty(await conditional.Content.ReadAsByteArrayAsync());
        }

        var stale = new HttpRequestMessage(HttpMethod.Get, "/medical-disclaimer/");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", isWeak: true));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task A_page_rendered_anew_has_the_same_ETag_when_its_content_is_the_same()
    {
        var before = (await site.CreateClient().GetAsync("/contact/")).Headers.ETag;
        await site.EditAsync(StarterContent.Home, "email", "hello@example.com", publish: true);
        var changed = (await site.CreateClient().GetAsync("/contact/")).Headers.ETag;
        await site.EditAsync(StarterContent.Home, "email", "replace-me@example.com", publish: true);
        var back = (await site.CreateClient().GetAsync("/contact/")).Headers.ETag;

        Assert.NotEqual(before, changed);
        Assert.Equal(before, back);
    }
}
