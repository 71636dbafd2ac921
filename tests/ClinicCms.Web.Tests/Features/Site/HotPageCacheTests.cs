using System.Net;
using ClinicCms.Web.Features.Site.Caching;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Site;

/// <summary>
/// Cached pages are answered before the rest of the pipeline (<see cref="HotPageMiddleware"/>): the answer must be the
/// one the pipeline gave, security headers and ETag included, and never outlive an eviction.
/// </summary>
public sealed class HotPageCacheTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    [Fact]
    public async Task A_cached_answer_has_the_rendered_body_security_headers_and_etag()
    {
        var rendered = await site.CreateClient().GetAsync("/about-us/");
        var cached = await site.CreateClient().GetAsync("/about-us/");

        Assert.Null(rendered.Headers.Age);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(await rendered.Content.ReadAsStringAsync(), await cached.Content.ReadAsStringAsync());
        Assert.Equal(rendered.Headers.ETag, cached.Headers.ETag);
        foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options" })
        {
            Assert.Equal(rendered.Headers.GetValues(header), cached.Headers.GetValues(header));
        }

        Assert.Equal(rendered.Content.Headers.ContentType, cached.Content.Headers.ContentType);
    }

    [Fact]
    public async Task A_head_request_gets_the_length_of_the_cached_page_and_no_body()
    {
        var page = await (await site.CreateClient().GetAsync("/contact/")).Content.ReadAsByteArrayAsync();
        await site.CreateClient().GetAsync("/contact/");

        var head = await site.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/contact/"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.NotNull(head.Headers.Age);
        Assert.Equal(page.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_request_with_a_back_office_cookie_is_never_answered_from_the_cache()
    {
        await site.CreateClient().GetAsync("/privacy-policy/");
        var request = new HttpRequestMessage(HttpMethod.Get, "/privacy-policy/");
        request.Headers.Add("Cookie", ".AspNetCore.Identity.Application=anything");

        var response = await site.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public void A_page_rendered_before_an_eviction_is_not_stored_after_it()
    {
        var cache = new HotPageCache();
        var generation = cache.Generation;
        cache.EvictByTag(CacheTags.Content(Guid.NewGuid()));

        cache.Store("http:/\n", Page([CacheTags.Page]), generation);

        Assert.False(cache.TryGet("http:/\n", out _));
    }

    [Fact]
    public void Evicting_a_tag_removes_exactly_the_pages_tagged_with_it_and_the_size_limit_holds()
    {
        var cache = new HotPageCache { SizeLimit = 250 };
        var article = CacheTags.Content(Guid.NewGuid());
        cache.Store("a", Page([CacheTags.Page, article]), cache.Generation);
        cache.Store("b", Page([CacheTags.Page]), cache.Generation);
        cache.Store("c", Page([CacheTags.Page]), cache.Generation); // 300 bytes would pass the limit

        Assert.False(cache.TryGet("c", out _));
        cache.EvictByTag(article);

        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));
        cache.Store("c", Page([CacheTags.Page]), cache.Generation);
        Assert.True(cache.TryGet("c", out _));
    }

    private static HotPage Page(string[] tags) =>
        new(200, [], new byte[100], null, tags, Environment.TickCount64);
}
