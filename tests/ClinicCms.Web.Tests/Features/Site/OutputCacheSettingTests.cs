using ClinicCms.Web.Features.Site;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Site;

/// <summary>A site with <c>ClinicCms:Site:OutputCache</c> set to false, as the uncached benchmark runs it.</summary>
public sealed class UncachedSite : CmsApplication
{
    public UncachedSite() => Settings[SiteExtensions.OutputCacheSetting] = "false";
}

public sealed class OutputCacheSettingTests(UncachedSite uncached) : IClassFixture<UncachedSite>
{
    private const string ArticleUrl = "/articles/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer/";

    [Fact]
    public async Task With_the_output_cache_off_every_request_renders_the_page_afresh()
    {
        var client = uncached.CreateClient();
        await client.GetAsync(ArticleUrl);

        var second = await client.GetAsync(ArticleUrl);

        second.EnsureSuccessStatusCode();
        Assert.False(second.Headers.Contains("Age"), "a response served from the output cache carries an Age header");
        Assert.Contains("What is chemotherapy?", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task By_default_a_second_request_is_served_from_the_output_cache()
    {
        await using var site = new CmsApplication();
        await ((IAsyncLifetime)site).InitializeAsync();
        var client = site.CreateClient();
        await client.GetAsync(ArticleUrl);

        var second = await client.GetAsync(ArticleUrl);

        second.EnsureSuccessStatusCode();
        Assert.True(second.Headers.Contains("Age"), "the second response should come from the output cache");
    }
}
