using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.Features.Site.Seo;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Builders;

/// <summary>Builds the typed page model of a routed node (the view only prints it), and the 404 and 500 pages.</summary>
public sealed class PageBuilder(SiteUrls urls)
{
    public PageContext Context(HttpContext http, PublishedSnapshot snapshot) => new(http, snapshot, urls);

    /// <summary>
    /// The model of a published page: built once per snapshot and reused (<see cref="PageModelCache"/>), except for
    /// the list pages, which filter and page by the query string.
    /// </summary>
    public static PageModel ForPublished(PageContext page, IPublishedContent content) =>
        content is ArticleList or SpecialistList ? Build(page, content) : PageModelCache.Get(page, content, Build);

    public static PageModel Build(PageContext page, IPublishedContent content) => content switch
    {
        Home home => HomePageBuilder.Build(page, home),
        Article article => ArticlePageBuilder.Build(page, article),
        ArticleList list => ListPageBuilders.Articles(page, list),
        SpecialistList list => ListPageBuilders.Specialists(page, list),
        SpecialistProfile profile => SpecialistPageBuilder.Build(page, profile),
        _ => TextPageBuilder.Build(page, content),
    };

    public static StatusPage Status(PageContext page, int statusCode)
    {
        var notFound = statusCode == StatusCodes.Status404NotFound;
        var home = page.Home;
        var suggestions = new List<LinkItem> { new("Go to the home page", "/") };
        if (home is not null)
        {
            var lists = home.Children.Where(c => c is ArticleList or SpecialistList).Select(page.Shown);
            suggestions.AddRange(lists.Select(l => new LinkItem(l is ArticleList ? "Read our articles" : "Find a specialist", l.Url)));
        }

        return new StatusPage
        {
            StatusCode = statusCode,
            Suggestions = suggestions,
            Site = page.Chrome(null),
            Head = new PageHead
            {
                Title = page.DocumentTitle(notFound ? "Page not found" : "Something went wrong"),
                Indexable = false,
            },
        };
    }

    /// <summary>The chrome for an error page: the site's when it can be built, else the bare minimum.</summary>
    public static StatusPage SafeStatus(PageContext page, int statusCode)
    {
        try
        {
            return Status(page, statusCode);
        }
        catch (Exception) when (statusCode >= 500)
        {
            return new StatusPage
            {
                StatusCode = statusCode,
                Suggestions = [new("Go to the home page", "/")],
                Site = new SiteChrome { ClinicName = PageContext.FallbackClinicName, Navigation = [] },
                Head = new PageHead { Title = "Something went wrong", Indexable = false },
            };
        }
    }
}
