using System.Security.Cryptography;
using System.Text;
using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Site.Builders;
using ClinicCms.Web.Features.Site.Caching;
using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.Site;

/// <summary>
/// Page models are built once per snapshot and reused by later requests (<see cref="PageModelCache"/>): a reused model
/// must record what its build recorded, allow its JSON-LD in the CSP header, and never outlive a publish.
/// </summary>
public sealed class PageModelCacheTests(UncachedSite site) : IClassFixture<UncachedSite>
{
    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private async Task<(string Html, string JsonLd, string Policy)> GetAsync(string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlDocuments.ParseAsync(html);
        var json = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        return (html, json, Header(response, "Content-Security-Policy"));
    }

    private static string Hash(string script) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";

    [Fact]
    public async Task A_reused_article_model_allows_its_json_ld_and_a_publish_builds_it_anew()
    {
        var first = await GetAsync(StarterContent.ArticleUrl);
        var reused = await GetAsync(StarterContent.ArticleUrl);
        Assert.Equal(first, reused);
        Assert.Contains(Hash(reused.JsonLd), reused.Policy);

        await site.EditAsync(StarterContent.ChemotherapyArticle, "metaDescription", "A plain guide to chemotherapy & what it does.", publish: true);
        var edited = await GetAsync(StarterContent.ArticleUrl);

        Assert.Contains("A plain guide to chemotherapy \\u0026 what it does.", edited.JsonLd);
        Assert.Contains(Hash(edited.JsonLd), edited.Policy);
        Assert.DoesNotContain(Hash(first.JsonLd), edited.Policy);
        Assert.Equal(edited, await GetAsync(StarterContent.ArticleUrl));
    }

    [Fact]
    public async Task A_change_to_another_node_the_article_shows_is_rendered_after_a_publish()
    {
        await GetAsync(StarterContent.ArticleUrl);

        // The article node itself is unchanged: only its reviewer is.
        await site.EditAsync(StarterContent.SampleSpecialist, "jobTitle", "Consultant in medical oncology", publish: true);

        var after = await GetAsync(StarterContent.ArticleUrl);
        Assert.Contains("Consultant in medical oncology", after.Html);
        Assert.Contains(Hash(after.JsonLd), after.Policy);
    }

    [Fact]
    public void A_reused_model_records_the_nodes_and_tags_its_build_recorded_and_sets_the_same_policy()
    {
        var (built, builtDependencies, builtHttp) = Build("clinic.test");
        var (reused, reusedDependencies, reusedHttp) = Build("clinic.test");

        Assert.Same(built, reused);
        Assert.NotEmpty(builtDependencies.Content);
        Assert.Contains(StarterContent.SampleSpecialist, builtDependencies.Content);
        Assert.Equal(builtDependencies.Content.Order(), reusedDependencies.Content.Order());
        Assert.Equal(builtDependencies.Children.Order(), reusedDependencies.Children.Order());
        Assert.NotEmpty(CacheTags.Added(builtHttp));
        Assert.Equal(CacheTags.Added(builtHttp).Order(), CacheTags.Added(reusedHttp).Order());
        Assert.Contains("'sha256-", reusedHttp.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.Equal(builtHttp.Response.Headers.ContentSecurityPolicy.ToString(), reusedHttp.Response.Headers.ContentSecurityPolicy.ToString());
    }

    [Fact]
    public void Each_site_address_has_its_own_model()
    {
        var (first, _, _) = Build("first.test");
        var (second, _, _) = Build("second.test");

        Assert.NotSame(first, second);
        Assert.StartsWith("http://first.test/", first.Head.CanonicalUrl);
        Assert.StartsWith("http://second.test/", second.Head.CanonicalUrl);
    }

    private (PageModel Model, RenderDependencies Dependencies, HttpContext Http) Build(string host)
    {
        var snapshot = site.Services.GetRequiredService<PublishedSnapshotService>().Current;
        var content = snapshot.Route(StarterContent.ArticleUrl)!;
        var http = new DefaultHttpContext { RequestServices = site.Services };
        http.Request.Scheme = "http";
        http.Request.Host = new HostString(host);
        http.Request.Path = StarterContent.ArticleUrl;
        using var scope = RenderDependencies.Begin();
        var page = site.Services.GetRequiredService<PageBuilder>().Context(http, snapshot);
        return (PageBuilder.ForPublished(page, content), scope.Dependencies, http);
    }
}
