using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Published;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ClinicCms.Web.Features.Site;

/// <summary>
/// Renders published pages: the URL is looked up in the in-memory snapshot (no database), and the node is rendered
/// by the Razor view named after its template. Unknown and unpublished paths answer 404 with a friendly page.
/// </summary>
public sealed class RenderController(PublishedSnapshotService snapshots) : Controller
{
    public const string NotFoundView = "/Views/Shared/NotFound.cshtml";

    [HttpGet]
    [HttpHead]
    [OutputCache(PolicyName = PublishedPageCachePolicy.Name)]
    public IActionResult Index() // no parameters: model binding the path cost ~8% of an uncached render (bench/README.md)
    {
        var snapshot = snapshots.Current;
        var requestPath = Request.Path.Value ?? "/";
        var content = snapshot.Route(requestPath);
        ViewData[SiteViewData.Home] = snapshot.RootContent.FirstOrDefault();

        if (content?.TemplateAlias is not { } template)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(NotFoundView);
        }

        // One URL per page: /articles redirects to /articles/.
        if (!requestPath.EndsWith('/'))
        {
            return RedirectPermanent(content.Url + Request.QueryString);
        }

        return View($"/Views/{template}.cshtml", content);
    }
}
