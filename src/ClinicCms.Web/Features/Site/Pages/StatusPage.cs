namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>The friendly 404 and 500 pages.</summary>
public sealed class StatusPage : PageModel
{
    public required int StatusCode { get; init; }
    public IReadOnlyList<LinkItem> Suggestions { get; init; } = [];
}
