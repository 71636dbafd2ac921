using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.Features.Site.Seo;
using ClinicCms.Web.Features.Site.Text;
using ClinicCms.Web.Infrastructure.Security;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Builders;

/// <summary>
/// One page being built: the snapshot it reads, the home node with the site settings, and the pieces every page
/// type shares (chrome, head, breadcrumbs, cards). Every node it shows is recorded, so the page's cache entry is
/// tagged with it even when a generated model answers from its own cache.
/// </summary>
public sealed class PageContext(HttpContext http, PublishedSnapshot snapshot, SiteUrls urls)
{
    public const string FallbackClinicName = "ClinicCms";
    public const int HeaderLinks = 4;
    public const int CardSummaryLength = 200;

    public HttpContext Http { get; } = http;
    public PublishedSnapshot Snapshot { get; } = snapshot;
    public Home? Home { get; } = snapshot.RootContent.OfType<Home>().FirstOrDefault();
    public SiteIndex Index => SiteIndex.For(Snapshot);
    public string ClinicName => Home?.ClinicName ?? FallbackClinicName;

    /// <summary>The site's public address (configured, or the request's scheme and host) that absolute URLs start with.</summary>
    public string SiteAddress => urls.Base(Http.Request);

    /// <summary>The page's JSON-LD as allowed in the Content-Security-Policy header (set by <see cref="Head"/>).</summary>
    public AllowedScript? InlineScript { get; private set; }

    public string Absolute(string path) => urls.Absolute(Http.Request, path);

    public T Shown<T>(T node)
        where T : IPublishedContent
    {
        RenderDependencies.ContentRead(node.Key);
        return node;
    }

    public string DocumentTitle(string? pageTitle) =>
        string.IsNullOrWhiteSpace(pageTitle) || pageTitle == ClinicName ? ClinicName : $"{pageTitle} | {ClinicName}";

    public SiteChrome Chrome(IPublishedContent? current)
    {
        if (Home is not { } home)
        {
            return new SiteChrome { ClinicName = ClinicName, Navigation = [] };
        }

        Shown(home);
        var pages = home.Children.Where(c => c.TemplateAlias is not null).Select(Shown).ToList();
        var currentPath = current?.Url ?? Http.Request.Path.Value ?? "/";
        LinkItem Link(IPublishedContent page) => new(page.Name, page.Url, currentPath.StartsWith(page.Url, StringComparison.OrdinalIgnoreCase));
        var contact = pages.FirstOrDefault(p => p.UrlSegment == "contact");
        return new SiteChrome
        {
            ClinicName = ClinicName,
            Navigation = [.. pages.Take(HeaderLinks).Select(Link)],
            FooterLinks = [.. pages.Select(Link)],
            EmergencyNote = home.EmergencyNote,
            Disclaimer = home.MedicalDisclaimer,
            Contact = new ContactDetails
            {
                Phone = home.Phone,
                PhoneHref = ContactDetails.TelephoneLink(home.Phone),
                Email = home.Email,
                AddressLines = Lines(home.Address),
                ContactPageUrl = contact?.Url,
            },
        };
    }

    public IReadOnlyList<LinkItem> Breadcrumbs(IPublishedContent content) =>
        // The site's root is "Home" to a reader, whatever the node is called.
        [.. content.Ancestors().Reverse().Select(a => new LinkItem(Shown(a).Parent is null ? "Home" : a.Name, a.Url)),
            new LinkItem(content.Name, content.Url, IsCurrent: true)];

    public PageHead Head(IPublishedContent content, string title, string? description, string openGraphType = "website", ImageModel? image = null, string? structuredData = null)
    {
        var seo = content as ISeoComposition;
        if (structuredData is not null)
        {
            InlineScript = Http.AllowInlineScript(structuredData);
        }

        return new PageHead
        {
            Title = DocumentTitle(string.IsNullOrWhiteSpace(seo?.MetaTitle) ? title : seo.MetaTitle),
            OpenGraphTitle = string.IsNullOrWhiteSpace(seo?.MetaTitle) ? title : seo.MetaTitle,
            Description = string.IsNullOrWhiteSpace(seo?.MetaDescription) ? Describe(description) : seo.MetaDescription.Trim(),
            CanonicalUrl = Absolute(content.Url),
            Indexable = seo?.HideFromSearchEngines != true,
            OpenGraphType = openGraphType,
            ImageUrl = image is null ? null : Absolute(image.Src),
            StructuredData = structuredData,
        };
    }

    public ContentCard ArticleCard(Article article)
    {
        Shown(article);
        return new ContentCard
        {
            Title = article.Title ?? article.Name,
            Url = article.Url,
            Summary = article.Summary is { } summary ? HtmlText.Shorten(summary, CardSummaryLength) : null,
            Meta = $"{ArticleFacts.ReadingMinutes(article)} min read",
            Topics = article.Tags,
        };
    }

    public ContentCard SpecialistCard(SpecialistProfile specialist)
    {
        Shown(specialist);
        var name = specialist.FullName ?? specialist.Name;
        return new ContentCard
        {
            Title = name,
            Url = specialist.Url,
            Meta = specialist.JobTitle,
            Summary = specialist.Specialties.Count > 0 ? string.Join(", ", specialist.Specialties) : null,
            Image = Image(specialist.Photo, "card-image", "profile", "(min-width: 40em) 18rem, 100vw", maxWidth: 640),
        };
    }

    /// <summary>A picked image for a slot; the node is recorded so that replacing the image evicts the page.</summary>
    public ImageModel? Image(MediaWithCrops? picked, string @class, string? crop, string sizes, bool aboveTheFold = false, int? maxWidth = null)
    {
        if (picked?.Media is not { } media || string.IsNullOrEmpty(media.Url))
        {
            return null;
        }

        Shown(media);
        return new ImageModel(picked, @class, crop, sizes, aboveTheFold, maxWidth);
    }

    public static IReadOnlyList<string> Lines(string? text) =>
        text is null ? [] : [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string? Describe(string? text) => string.IsNullOrWhiteSpace(text) ? null : HtmlText.Shorten(text);

}
