using System.Text.Json;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Site;

/// <summary>The JSON-LD of each page type parses, uses schema.org as defined and has what search engines need.</summary>
public sealed class StructuredDataTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    private async Task<List<JsonElement>> GraphAsync(string url)
    {
        var page = await site.CreateClient().GetDocumentAsync(url);
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement.Clone();
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        var nodes = root.GetProperty("@graph").EnumerateArray().ToList();
        Assert.All(nodes, node => Assert.Empty(SchemaOrg.Problems(node)));
        return nodes;
    }

    private static JsonElement Node(List<JsonElement> graph, string type) => graph.Single(n => n.GetProperty("@type").GetString() == type);

    private static string Text(JsonElement node, string property) => node.GetProperty(property).GetString()!;

    [Fact]
    public async Task The_article_is_a_MedicalWebPage_reviewed_by_a_physician_with_the_review_date()
    {
        var graph = await GraphAsync(StarterContent.ArticleUrl);
        var page = Node(graph, "MedicalWebPage");

        Assert.Equal("Effectiveness of chemotherapy in treating metastatic breast cancer", Text(page, "name"));
        Assert.EndsWith(StarterContent.ArticleUrl, Text(page, "url"));
        Assert.Equal("2026-11-28", Text(page, "lastReviewed"));
        var reviewer = page.GetProperty("reviewedBy");
        Assert.Equal("IndividualPhysician", Text(reviewer, "@type"));
        Assert.Equal("Dr Sample Specialist (sample profile)", Text(reviewer, "name"));
        Assert.EndsWith("/specialists/dr-sample-specialist-sample-profile/", Text(reviewer, "url"));
        Assert.Equal("https://schema.org/Patient", Text(page, "medicalAudience"));
        Assert.Equal(3, page.GetProperty("breadcrumb").GetProperty("itemListElement").GetArrayLength());
        Assert.Equal(Text(Node(graph, "MedicalClinic"), "@id"), Text(page.GetProperty("publisher"), "@id"));
    }

    [Fact]
    public async Task The_profile_is_an_IndividualPhysician_practising_at_the_clinic()
    {
        var graph = await GraphAsync("/specialists/dr-sample-specialist-sample-profile/");
        var physician = Node(graph, "IndividualPhysician");

        Assert.Equal("Dr Sample Specialist (sample profile)", Text(physician, "name"));
        Assert.EndsWith("/specialists/dr-sample-specialist-sample-profile/", Text(physician, "url"));
        Assert.Equal(Text(Node(graph, "MedicalClinic"), "@id"), Text(physician.GetProperty("practicesAt"), "@id"));
        Assert.Equal(["https://schema.org/Oncologic"], physician.GetProperty("medicalSpecialty").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, physician.GetProperty("hospitalAffiliation").GetArrayLength());
        Assert.Equal(Text(physician, "@id"), Text(Node(graph, "ProfilePage").GetProperty("mainEntity"), "@id"));
    }

    [Fact]
    public async Task Home_describes_the_MedicalClinic_and_the_WebSite()
    {
        var graph = await GraphAsync("/");
        var clinic = Node(graph, "MedicalClinic");

        Assert.Equal("[Clinic name — replace]", Text(clinic, "name"));
        Assert.Equal("+91 00000 00000", Text(clinic, "telephone"));
        Assert.Equal("replace-me@example.com", Text(clinic, "email"));
        Assert.Contains("Kolkata, West Bengal", Text(clinic, "address"));
        Assert.Equal(Text(clinic, "@id"), Text(Node(graph, "WebSite").GetProperty("publisher"), "@id"));
    }

    [Theory]
    [InlineData("/articles/", "CollectionPage")]
    [InlineData("/specialists/", "CollectionPage")]
    [InlineData("/contact/", "ContactPage")]
    [InlineData("/about-us/", "WebPage")]
    public async Task Other_pages_are_valid_web_pages_with_breadcrumbs(string url, string type)
    {
        var page = Node(await GraphAsync(url), type);

        Assert.EndsWith(url, Text(page, "url"));
        Assert.Equal(2, page.GetProperty("breadcrumb").GetProperty("itemListElement").GetArrayLength());
    }

    [Fact]
    public void The_validator_rejects_what_schema_org_does_not_define()
    {
        using var json = JsonDocument.Parse("""
            {"@type":"MedicalWebPage","lastReviewed":"28/11/2026","reviewedBy":{"@type":"MedicalWebPage"},"rating":5,"medicalAudience":"patients"}
            """);

        var problems = SchemaOrg.Problems(json.RootElement).ToList();

        Assert.Contains(problems, p => p.StartsWith("MedicalWebPage.lastReviewed"));
        Assert.Contains(problems, p => p.StartsWith("MedicalWebPage.reviewedBy"));
        Assert.Contains(problems, p => p.StartsWith("MedicalWebPage.rating"));
        Assert.Contains(problems, p => p.StartsWith("MedicalWebPage.medicalAudience"));
    }
}
