using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Site.Builders;
using Microsoft.AspNetCore.Mvc;

namespace ClinicCms.Web.Features.Site;

/// <summary>The friendly error pages that the status-code and exception handlers re-execute.</summary>
[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(PublishedSnapshotService snapshots, PageBuilder pages) : Controller
{
    [AcceptVerbs("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH")]
    public IResult Index(int? status)
    {
        var code = status is >= 400 and < 600 ? status.Value : StatusCodes.Status500InternalServerError;
        // The error page must not fail in turn: no caching, and a bare page if even the site's chrome cannot be built.
        Response.Headers.CacheControl = "no-store";
        return RenderController.StatusPage(PageBuilder.SafeStatus(pages.Context(HttpContext, snapshots.Current), code));
    }
}
