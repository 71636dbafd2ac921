using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Site.Builders;
using ClinicCms.Web.Features.Site.Caching;
using ClinicCms.Web.Features.Site.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ClinicCms.Web.Features.Site;

/// <summary>
/// Renders published pages: the URL is looked up in the in-memory snapshot (no database), the page model is built
/// in C#, and the Razor slice named after the node's template prints it (<see cref="SiteTemplates"/>). Unknown and
/// unpublished paths answer 404 with a friendly page.
/// </summary>
[TypeFilter<PageCacheTagsFilter>]
[TypeFilter<ETagFilter>]
public sealed class RenderController(PublishedSnapshotService snapshots, PageBuilder pages, SiteTemplates templates) : Controller
{
    [HttpGet]
    [HttpHead]
    [OutputCache(PolicyName = PublishedPageCachePolicy.Name)]
    public IResult Index() // no parameters: model binding the path cost ~8% of an uncached render (bench/README.md)
    {
        var snapshot = snapshots.Current;
        var requestPath = Request.Path.Value ?? "/";
        var content = snapshot.Route(requestPath);
        var page = pages.Context(HttpContext, snapshot);

        if (content?.TemplateAlias is not { } template)
        {
            CacheTags.Add(HttpContext, CacheTags.NotFound);
            return StatusPage(PageBuilder.Status(page, StatusCodes.Status404NotFound));
        }

        // One URL per page: /articles redirects to /articles/.
        if (!requestPath.EndsWith('/'))
        {
            return Results.Redirect(content.Url + Request.QueryString, permanent: true);
        }

        return templates.For(template, PageBuilder.ForPublished(page, content));
    }

    /// <summary>The friendly page for an error status (<c>Views/Shared/Status.cshtml</c>), answered with that status.</summary>
    public static IResult StatusPage(StatusPage page)
    {
        var slice = Views.Shared.Status.Create(page);
        slice.StatusCode = page.StatusCode;
        return slice;
    }
}
