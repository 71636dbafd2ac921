using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Site.Builders;
using ClinicCms.Web.Features.Site.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ClinicCms.Web.Features.Site;

/// <summary>
/// Renders published pages: the URL is looked up in the in-memory snapshot (no database), the page model is built
/// in C#, and the Razor view named after the node's template prints it. Unknown and unpublished paths answer 404
/// with a friendly page.
/// </summary>
[TypeFilter<PageCacheTagsFilter>]
[TypeFilter<ETagFilter>]
public sealed class RenderController(PublishedSnapshotService snapshots, PageBuilder pages) : Controller
{
    public const string StatusView = "/Views/Shared/Status.cshtml";

    [HttpGet]
    [HttpHead]
    [OutputCache(PolicyName = PublishedPageCachePolicy.Name)]
    public IActionResult Index() // no parameters: model binding the path cost ~8% of an uncached render (bench/README.md)
    {
        var snapshot = snapshots.Current;
        var requestPath = Request.Path.Value ?? "/";
        var content = snapshot.Route(requestPath);
        var page = pages.Context(HttpContext, snapshot);

        if (content?.TemplateAlias is not { } template)
        {
            CacheTags.Add(HttpContext, CacheTags.NotFound);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(StatusView, PageBuilder.Status(page, StatusCodes.Status404NotFound));
        }

        // One URL per page: /articles redirects to /articles/.
        if (!requestPath.EndsWith('/'))
        {
            return RedirectPermanent(content.Url + Request.QueryString);
        }

        return View($"/Views/{template}.cshtml", PageBuilder.ForPublished(page, content));
    }
}
