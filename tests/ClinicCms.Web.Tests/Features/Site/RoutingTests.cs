using System.Net;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Site;

public sealed class RoutingTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    // The URLs Umbraco 17 gives these node names (its DefaultShortStringHelper, top-level node hidden from paths).
    [Theory]
    [InlineData("/", "Expert, compassionate breast cancer care in Kolkata")]
    [InlineData("/articles/", "Articles")]
    [InlineData("/articles/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer/", "Effectiveness of chemotherapy in treating metastatic breast cancer")]
    [InlineData("/specialists/", "Specialists")]
    [InlineData("/specialists/dr-sample-specialist-sample-profile/", "Dr Sample Specialist (sample profile)")]
    [InlineData("/about-us/", "About us")]
    [InlineData("/contact/", "Contact")]
    [InlineData("/privacy-policy/", "Privacy policy")]
    [InlineData("/medical-disclaimer/", "Medical disclaimer")]
    public async Task Every_starter_page_answers_at_its_Umbraco_url(string url, string heading)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/no-such-page/")]
    [InlineData("/articles/no-such-article/")]
    [InlineData("/articles/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer/extra/")]
    public async Task Unknown_paths_answer_404_with_a_page_that_helps_the_reader_on(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("could not find", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task A_path_without_its_trailing_slash_redirects_to_the_one_url_of_the_page()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/Articles?page=2");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/?page=2", response.Headers.Location?.OriginalString);
    }
}
