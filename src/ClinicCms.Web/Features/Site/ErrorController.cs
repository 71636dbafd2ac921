using ClinicCms.Web.Features.Published;
using Microsoft.AspNetCore.Mvc;

namespace ClinicCms.Web.Features.Site;

/// <summary>The friendly 404 and 500 pages that the status-code and exception handlers re-execute.</summary>
[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(PublishedSnapshotService snapshots) : Controller
{
    public const string ErrorView = "/Views/Shared/Error.cshtml";

    [AcceptVerbs("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH")]
    public IActionResult Index(int? status)
    {
        var code = status is >= 400 and < 600 ? status.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        ViewData[SiteViewData.Home] = snapshots.Current.RootContent.FirstOrDefault();
        return View(code == StatusCodes.Status404NotFound ? RenderController.NotFoundView : ErrorView);
    }
}
