using ClinicCms.Tests;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Site;

public sealed class ArticlePageTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    private const string ArticleUrl = "/articles/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer/";

    private static readonly string[] SeedLines = [.. File.ReadAllLines(TestPaths.SeedArticle)
        .Select(l => l.Trim().Replace('\u00A0', ' ').Trim())
        .Where(l => l.Length > 0)];

    [Fact]
    public async Task The_seed_article_shows_every_heading_and_paragraph_word_for_word_in_order()
    {
        var page = await site.CreateClient().GetDocumentAsync(ArticleUrl);

        // The seed's first line is the page's description for search engines; the rest is the article itself.
        Assert.Equal(SeedLines[0], page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        var shown = page.QuerySelectorAll("main article h1, main article .summary, main article section h2, main article section h3, main article section p")
            .Select(e => e.TextContent.Squash())
            .ToList();
        Assert.Equal(SeedLines[1..], shown.Take(SeedLines.Length - 1));
    }

    [Fact]
    public async Task Sub_headings_are_h3_under_their_h2_section()
    {
        var page = await site.CreateClient().GetDocumentAsync(ArticleUrl);

        var headings = page.QuerySelectorAll("main h1, main h2, main h3").Select(h => $"{h.LocalName}:{h.TextContent.Trim()}").ToList();

        Assert.Equal(
            ["h1:Effectiveness of chemotherapy in treating metastatic breast cancer", "h2:What is chemotherapy?", "h2:Aspects of chemotherapy",
             "h3:Targeting metastases", "h3:Combination therapy", "h3:Managing the symptoms", "h3:Reducing tumour size", "h3:Personalized treatment"],
            headings.Take(8));
    }

    [Fact]
    public async Task The_article_names_its_reviewer_the_review_dates_and_the_disclaimer()
    {
        var page = await site.CreateClient().GetDocumentAsync(ArticleUrl);
        var text = page.QuerySelector("main")!.TextContent.Squash();

        var reviewer = page.QuerySelectorAll("main a").Single(a => a.TextContent.Contains("Dr Sample Specialist"));
        Assert.Equal("/specialists/dr-sample-specialist-sample-profile/", reviewer.GetAttribute("href"));
        Assert.Contains("28 November 2026", text);
        Assert.Contains("28 November 2027", text);
        Assert.Contains("does not replace advice from your own doctor", text);
    }
}
