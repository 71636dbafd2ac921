using System.Xml.Linq;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Site;

public sealed class SeoTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<List<string>> SitemapPathsAsync()
    {
        var xml = XDocument.Parse(await site.CreateClient().GetStringAsync("/sitemap.xml"));
        return [.. xml.Root!.Elements(Sitemap + "url").Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath)];
    }

    [Fact]
    public async Task The_sitemap_lists_exactly_the_published_pages_not_hidden_from_search_engines()
    {
        // The sample specialist is hidden from search engines in the starter content.
        Assert.Equal(
            ["/", "/articles/", StarterContent.ArticleUrl, "/specialists/", "/about-us/", "/contact/", "/privacy-policy/", "/medical-disclaimer/"],
            await SitemapPathsAsync());

        await site.UnpublishAsync(StarterContent.AboutUs);
        var added = await site.PublishArticleAsync("Questions to ask your oncologist", ["questions"]);
        await site.EditAsync(StarterContent.SampleSpecialist, "hideFromSearchEngines", "0", publish: true);

        var paths = await SitemapPathsAsync();
        Assert.DoesNotContain("/about-us/", paths);
        Assert.Contains("/articles/questions-to-ask-your-oncologist/", paths);
        Assert.Contains("/specialists/dr-sample-specialist-sample-profile/", paths);

        await site.UnpublishAsync(added);
        Assert.DoesNotContain("/articles/questions-to-ask-your-oncologist/", await SitemapPathsAsync());

        // Put the starter content back for the other tests of this class.
        await site.ContentAsync(c => c.PublishAsync(StarterContent.AboutUs, ContentTestExtensions.Editor));
        await site.EditAsync(StarterContent.SampleSpecialist, "hideFromSearchEngines", "1", publish: true);
        Assert.Contains("/about-us/", await SitemapPathsAsync());
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_back_office()
    {
        var robots = await site.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("User-agent: *", robots);
        Assert.Contains("Disallow: /umbraco/", robots);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task Every_page_has_its_own_title_and_description_a_canonical_url_and_sharing_tags()
    {
        var client = site.CreateClient();
        var titles = new HashSet<string>();
        var descriptions = new HashSet<string>();
        foreach (var url in new[] { "/", "/articles/", StarterContent.ArticleUrl, "/specialists/", "/about-us/", "/contact/", "/privacy-policy/", "/medical-disclaimer/" })
        {
            var page = await client.GetDocumentAsync(url);
            Assert.True(titles.Add(page.Title!), $"{url} repeats the title {page.Title}");
            var description = page.QuerySelector("meta[name=description]")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{url} has no description");
            Assert.True(descriptions.Add(description), $"{url} repeats the description {description}");
            Assert.Equal("http://localhost" + url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("http://localhost" + url, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
            Assert.NotNull(page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
            Assert.NotNull(page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        }
    }

    [Fact]
    public async Task The_article_uses_its_seo_description_and_hidden_pages_say_noindex()
    {
        var client = site.CreateClient();
        var article = await client.GetDocumentAsync(StarterContent.ArticleUrl);
        Assert.Equal("article", article.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Null(article.QuerySelector("meta[name=robots]"));

        var hidden = await client.GetDocumentAsync("/specialists/dr-sample-specialist-sample-profile/");
        Assert.Equal("noindex, follow", hidden.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }
}
