using System.Net;
using System.Text.RegularExpressions;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Site;

/// <summary>Security headers on every kind of response; no cookies and no third-party requests on the public site.</summary>
public sealed partial class SecurityHeadersTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    public static TheoryData<string, int> Responses => new()
    {
        { "/", 200 },
        { StarterContent.ArticleUrl, 200 },
        { "/search?q=chemotherapy", 200 },
        { "/sitemap.xml", 200 },
        { "/robots.txt", 200 },
        { "/no-such-page/", 404 },
        { "/css/no-such-file.css", 404 },
        { "/error?status=500", 500 },
    };

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers_and_no_cookie(string url, int status)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
    }

    [Fact]
    public async Task Static_files_are_fingerprinted_cached_for_a_year_and_carry_the_security_headers()
    {
        var stylesheet = await StylesheetUrlAsync();
        var response = await site.CreateClient().GetAsync(stylesheet);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", stylesheet);
        Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        AssertSecurityHeaders(response);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        var scripts = Regex.Match(csp, "script-src ([^;]*)").Groups[1].Value;
        Assert.StartsWith("'self'", scripts);
        Assert.DoesNotContain("unsafe-inline", scripts);
        Assert.DoesNotContain("unsafe-eval", scripts);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"));
    }

    [Fact]
    public async Task The_json_ld_block_is_allowed_by_its_hash_and_nothing_else_inline()
    {
        var response = await site.CreateClient().GetAsync(StarterContent.ArticleUrl);
        var page = await HtmlDocuments.ParseAsync(await response.Content.ReadAsStringAsync());
        var json = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Contains($"'sha256-{hash}'", Header(response, "Content-Security-Policy"));
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.GetAttribute("type") != "application/ld+json");
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Outside_development_https_responses_carry_hsts()
    {
        var client = site.CreateClient(new() { BaseAddress = new Uri("https://clinic.example/") });

        var response = await client.GetAsync("/");

        Assert.Contains("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task No_page_or_stylesheet_refers_to_another_site()
    {
        var client = site.CreateClient();
        var offenders = new List<string>();
        foreach (var url in new[] { "/", "/articles/", StarterContent.ArticleUrl, "/specialists/", "/specialists/dr-sample-specialist-sample-profile/", "/contact/", "/search?q=chemotherapy", "/no-such-page/" })
        {
            var page = await HtmlDocuments.ParseAsync(await (await client.GetAsync(url)).Content.ReadAsStringAsync());
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes.Where(a => a.Name is "src" or "href" or "action" or "srcset" or "poster" or "data" or "formaction"))
                {
                    if (IsThirdParty(attribute.Value))
                    {
                        offenders.Add($"{url}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }
                }
            }

            offenders.AddRange(page.QuerySelectorAll("meta[content^=http], link[href^=http]").Select(e => e.GetAttribute("content") ?? e.GetAttribute("href")!)
                .Where(IsThirdParty).Select(v => $"{url}: meta {v}"));
        }

        var css = await client.GetStringAsync(await StylesheetUrlAsync());
        offenders.AddRange(CssUrl().Matches(css).Select(m => m.Groups[1].Value).Where(IsThirdParty).Select(v => $"css: {v}"));
        Assert.DoesNotContain("@import", css);
        Assert.Empty(offenders);
    }

    private static bool IsThirdParty(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host != "localhost";

    private async Task<string> StylesheetUrlAsync()
    {
        var page = await site.CreateClient().GetDocumentAsync("/");
        return page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
    }

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]+)")]
    private static partial Regex CssUrl();
}
