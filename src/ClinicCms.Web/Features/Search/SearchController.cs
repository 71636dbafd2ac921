using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Site.Builders;
using ClinicCms.Web.Features.Site.Caching;
using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.PublishedModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ClinicCms.Web.Features.Search;

/// <summary>The results page at <c>/search?q=</c>: a plain GET form, so it works without script.</summary>
[Route("search")]
[TypeFilter<PageCacheTagsFilter>]
[TypeFilter<ETagFilter>]
public sealed class SearchController(SiteSearch search, PublishedSnapshotService snapshots, PageBuilder pages) : Controller
{
    public const int PageSize = 10;

    [HttpGet("")]
    [HttpHead("")]
    [OutputCache(PolicyName = PublishedPageCachePolicy.Name)]
    public IResult Index(string? q, int page = 1)
    {
        var snapshot = snapshots.Current;
        var context = pages.Context(HttpContext, snapshot);
        CacheTags.Add(HttpContext, CacheTags.AnyContent);

        var query = (q ?? "").Trim();
        page = Math.Max(1, page);
        var results = search.Search(query, (page - 1) * PageSize, PageSize);
        if (!search.IsCurrent && HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            // Answered while the index catches up with the pages (a rebuild in the background): shown, not cached, so
            // the same search finds the pages once the index is current.
            cache.Context.AllowCacheStorage = false;
        }

        var shown = results.Hits
            .Select(hit => snapshot.Content(hit.Key) is { } content ? new SearchResultView(Title(context.Shown(content)), content.Url, Kind(content), hit.Snippet) : null)
            .OfType<SearchResultView>()
            .ToList();
        string Link(int p) => $"/search?q={Uri.EscapeDataString(query)}" + (p > 1 ? $"&page={p}" : "");

        return Views.Search.Results.Create(new SearchPage
        {
            Query = query,
            Total = results.Total,
            PageNumber = page,
            Results = shown,
            PreviousUrl = page > 1 ? Link(page - 1) : null,
            NextUrl = results.Total > page * PageSize ? Link(page + 1) : null,
            Site = context.Chrome(null),
            Head = new PageHead
            {
                Title = context.DocumentTitle(query.Length == 0 ? "Search" : $"Search results for “{query}”"),
                Description = $"Search the articles and specialists of {context.ClinicName}.",
                Indexable = false,
            },
        });
    }

    private static string Title(IPublishedContent content) => content switch
    {
        Article a => a.Title ?? a.Name,
        SpecialistProfile p => p.FullName ?? p.Name,
        _ => content.Name,
    };

    private static string Kind(IPublishedContent content) => content switch
    {
        Article => "Article",
        SpecialistProfile => "Specialist",
        _ => "Page",
    };
}
