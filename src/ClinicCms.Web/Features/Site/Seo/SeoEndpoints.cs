using System.Globalization;
using System.Text;
using System.Xml;
using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Site.Caching;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Seo;

/// <summary><c>/sitemap.xml</c> (every published page that is not hidden from search engines) and <c>/robots.txt</c>.</summary>
public static class SeoEndpoints
{
    public static IEndpointRouteBuilder MapSeoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", (HttpContext http, PublishedSnapshotService snapshots, SiteUrls urls) =>
        {
            CacheTags.AddToEntry(http, CacheTags.AnyContent);
            return Results.Text(Sitemap(SitemapPages(snapshots.Current), page => urls.Absolute(http.Request, page.Url)), "application/xml; charset=utf-8", Encoding.UTF8);
        }).CacheOutput(PublishedPageCachePolicy.Name);

        app.MapGet("/robots.txt", (HttpContext http, SiteUrls urls) => Results.Text(
            $"""
            User-agent: *
            Disallow: /umbraco/
            Disallow: /search
            Sitemap: {urls.Absolute(http.Request, "/sitemap.xml")}

            """, "text/plain; charset=utf-8", Encoding.UTF8)).CacheOutput(PublishedPageCachePolicy.Name);
        return app;
    }

    /// <summary>Published pages with a template, in tree order, without those hidden from search engines.</summary>
    public static IEnumerable<IPublishedContent> SitemapPages(PublishedSnapshot snapshot) =>
        snapshot.RootContent
            .SelectMany(root => new[] { root }.Concat(root.Descendants()))
            .Where(c => c.TemplateAlias is not null && c is not ISeoComposition { HideFromSearchEngines: true });

    private static string Sitemap(IEnumerable<IPublishedContent> pages, Func<IPublishedContent, string> url)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", url(page));
                xml.WriteElementString("lastmod", page.UpdateDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }
}
