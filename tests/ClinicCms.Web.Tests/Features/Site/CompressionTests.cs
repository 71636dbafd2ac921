using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace ClinicCms.Web.Tests.Features.Site;

public sealed class CompressionTests(CompressionTests.SiteWithBuildAssets site) : IClassFixture<CompressionTests.SiteWithBuildAssets>
{
    /// <summary>
    /// The site reading its files from the build's static web assets, as a published site reads them from wwwroot:
    /// with the compressed copies the build makes (outside Development they are only picked up after publish).
    /// </summary>
    public sealed class SiteWithBuildAssets : CmsApplication
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseStaticWebAssets();
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await site.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_sent_compressed_and_stay_compressed_from_the_cache(string encoding)
    {
        foreach (var attempt in new[] { "rendered", "cached" })
        {
            var response = await GetAsync(StarterContent.ArticleUrl, encoding);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            var compressed = await response.Content.ReadAsStreamAsync();
            await using Stream plain = encoding == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
            var html = await new StreamReader(plain).ReadToEndAsync();
            Assert.Contains("Effectiveness of chemotherapy", html);
            Assert.Equal(attempt == "cached", response.Headers.Age is not null);
        }

        var identity = await site.CreateClient().GetAsync(StarterContent.ArticleUrl);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_stylesheet_is_fingerprinted_and_served_precompressed()
    {
        var page = await site.CreateClient().GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);

        var response = await GetAsync(href, "gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
