using System.Net;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Site;

/// <summary>Each page type shows what a patient needs from it.</summary>
public sealed class PageTypeTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    [Fact]
    public async Task Home_introduces_the_clinic_features_articles_and_specialists_and_says_how_to_get_in_touch()
    {
        var page = await site.CreateClient().GetDocumentAsync("/");
        var main = page.QuerySelector("main")!;

        Assert.Equal("Expert, compassionate breast cancer care in Kolkata", main.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Welcome to the clinic", main.TextContent);
        Assert.NotNull(main.QuerySelector($"a[href='{StarterContent.ArticleUrl}']"));
        Assert.NotNull(main.QuerySelector("a[href='/specialists/dr-sample-specialist-sample-profile/']"));
        Assert.Equal("tel:+910000000000", main.QuerySelector("a.button--call")!.GetAttribute("href"));
        Assert.Contains("call 112", main.QuerySelector(".emergency")!.TextContent);
        Assert.Contains("Kolkata, West Bengal", main.QuerySelector("address")!.TextContent);
    }

    [Fact]
    public async Task The_article_has_a_table_of_contents_whose_links_reach_every_section()
    {
        var page = await site.CreateClient().GetDocumentAsync(StarterContent.ArticleUrl);

        var links = page.QuerySelectorAll("nav.toc a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href")!)).ToList();
        var headings = page.QuerySelectorAll("main article section h2, main article section h3").ToList();
        Assert.Equal(headings.Select(h => h.TextContent.Trim()), links.Select(l => l.Text));
        Assert.All(links.Zip(headings), pair => Assert.Equal("#" + pair.Second.Id, pair.First.Href));
        Assert.Equal(headings.Count, headings.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public async Task The_article_shows_reading_time_reviewer_credentials_review_dates_topics_and_disclaimer()
    {
        var page = await site.CreateClient().GetDocumentAsync(StarterContent.ArticleUrl);
        var article = page.QuerySelector("main article")!;

        Assert.Matches(@"^\d+ min read$", article.QuerySelector(".article__meta")!.TextContent.Trim());
        var review = article.QuerySelector(".review")!.TextContent.Squash();
        Assert.Contains("Medically reviewed by Dr Sample Specialist (sample profile), [Sample] Degrees and memberships go here", review);
        var dates = article.QuerySelectorAll(".review dl div").Select(d => $"{d.QuerySelector("dt")!.TextContent}: {d.QuerySelector("dd")!.TextContent}");
        Assert.Equal(["Last reviewed: 28 November 2026", "Next review due: 28 November 2027"], dates);
        Assert.Equal("2027-11-28", article.QuerySelectorAll(".review time").Last().GetAttribute("datetime"));
        Assert.Equal(["chemotherapy", "metastatic breast cancer", "treatment"], article.QuerySelectorAll(".topics a").Select(a => a.TextContent.Trim()));
        Assert.Equal("/articles/?tag=metastatic%20breast%20cancer", article.QuerySelectorAll(".topics a")[1].GetAttribute("href"));
        Assert.Contains("does not replace advice from your own doctor", article.QuerySelector(".disclaimer")!.TextContent);
        Assert.Contains(StarterContent.ArticleUrl, article.QuerySelector(".print-only")!.TextContent);
    }

    [Fact]
    public async Task Articles_sharing_a_topic_are_related_and_the_list_filters_by_topic_without_script()
    {
        await site.PublishArticleAsync("Living well during chemotherapy", ["chemotherapy", "wellbeing"]);
        await site.PublishArticleAsync("Understanding mammograms", ["screening"]);
        var client = site.CreateClient();

        var article = await client.GetDocumentAsync(StarterContent.ArticleUrl);
        Assert.Equal(["Living well during chemotherapy"], article.QuerySelectorAll(".related .card__title").Select(t => t.TextContent.Trim()));

        var all = await client.GetDocumentAsync("/articles/");
        Assert.Equal(3, all.QuerySelectorAll("main .card").Length);
        Assert.Contains("/articles/?tag=screening", all.QuerySelectorAll(".topic-filter a").Select(a => a.GetAttribute("href")));

        var filtered = await client.GetDocumentAsync("/articles/?tag=Chemotherapy");
        Assert.Equal(2, filtered.QuerySelectorAll("main .card").Length);
        Assert.Equal("chemotherapy", filtered.QuerySelector(".topic-filter a[aria-current=page]")!.TextContent.Trim());
        Assert.Contains("chemotherapy", filtered.Title);
    }

    [Fact]
    public async Task The_specialist_list_and_profile_show_details_and_a_clear_call_to_action()
    {
        var client = site.CreateClient();
        var list = await client.GetDocumentAsync("/specialists/");
        Assert.Equal("Dr Sample Specialist (sample profile)", list.QuerySelector("main .card__title")!.TextContent.Trim());

        var profile = await client.GetDocumentAsync("/specialists/dr-sample-specialist-sample-profile/");
        var main = profile.QuerySelector("main")!;
        Assert.Equal("tel:+910000000000", main.QuerySelector(".cta a.button--call")!.GetAttribute("href"));
        Assert.Equal("/contact/", main.QuerySelector(".cta a.button--quiet")!.GetAttribute("href"));
        var facts = string.Join(" | ", main.QuerySelectorAll("dl.facts div").Select(d => $"{d.QuerySelector("dt")!.TextContent} {d.QuerySelector("dd")!.TextContent.Squash()}"));
        Assert.Contains("Specialties breast cancer (sample), chemotherapy (sample)", facts);
        Assert.Contains("Languages Bengali (sample), English (sample), Hindi (sample)", facts);
        Assert.Contains("[Sample] Second hospital name, Kolkata", facts);
        Assert.Contains("Consultation days, times and places", main.TextContent);
        Assert.Contains(StarterContent.ArticleUrl, main.QuerySelectorAll("section a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Content_pages_show_their_text_and_the_contact_page_the_clinics_details()
    {
        var about = await site.CreateClient().GetDocumentAsync("/about-us/");
        Assert.Equal("About us", about.QuerySelector("main h1")!.TextContent.Trim());

        var contact = await site.CreateClient().GetDocumentAsync("/contact/");
        Assert.Equal("tel:+910000000000", contact.QuerySelector("main .contact-panel a.button--call")!.GetAttribute("href"));
        Assert.Contains("replace-me@example.com", contact.QuerySelector("main address")!.TextContent);
    }

    [Fact]
    public async Task Every_page_has_one_h1_landmarks_a_skip_link_and_breadcrumbs_below_home()
    {
        var client = site.CreateClient();
        foreach (var url in new[] { "/", "/articles/", StarterContent.ArticleUrl, "/specialists/", "/specialists/dr-sample-specialist-sample-profile/", "/contact/", "/search?q=chemotherapy", "/no-such-page/" })
        {
            var page = await client.GetDocumentAsync(url);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.NotNull(page.QuerySelector("header nav[aria-label=Main]"));
            Assert.Single(page.QuerySelectorAll("main#main"));
            Assert.NotNull(page.QuerySelector("footer"));
            Assert.Equal("#main", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("form[role=search] label"));
        }

        var crumbs = (await client.GetDocumentAsync(StarterContent.ArticleUrl)).QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim());
        Assert.Equal(["Home", "Articles", "Effectiveness of chemotherapy in treating metastatic breast cancer"], crumbs);
    }

    [Fact]
    public async Task The_404_page_offers_ways_on_and_is_not_indexed()
    {
        var response = await site.CreateClient().GetAsync("/no-such-page/");
        var page = await HtmlDocuments.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["/", "/articles/", "/specialists/"], page.QuerySelectorAll(".status-page__links a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name=q]"));
        Assert.Equal("noindex, follow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }
}
