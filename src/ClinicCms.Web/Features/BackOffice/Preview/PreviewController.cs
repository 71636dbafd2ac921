using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Site;
using ClinicCms.Web.Features.Site.Builders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicCms.Web.Features.BackOffice.Preview;

/// <summary>
/// Preview: renders a node's latest draft through the site's real templates, for signed-in back-office users only.
/// The draft is put into a one-off copy of the published snapshot, so the live snapshot and the output cache never
/// see it, and the answer is marked <c>no-store</c>.
/// </summary>
[Authorize(Policy = BackOfficePolicies.User)]
[Route("umbraco/preview")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class PreviewController(PreviewSnapshotBuilder previews, PublishedSnapshotService snapshots, PageBuilder pages, SiteTemplates templates) : Controller
{
    [HttpGet("{key:guid}")]
    public async Task<IResult> Index(Guid key)
    {
        Response.Headers.CacheControl = "no-store";
        var snapshot = await previews.BuildAsync(key, snapshots.Current, HttpContext.RequestAborted);
        if (snapshot?.Content(key) is not { } content || content.TemplateAlias is not { } template)
        {
            return Results.NotFound();
        }

        return templates.For(template, PageBuilder.Build(pages.Context(HttpContext, snapshot), content));
    }
}
