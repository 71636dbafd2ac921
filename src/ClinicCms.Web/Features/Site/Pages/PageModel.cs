namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>
/// What every public page prints besides its own content: the head (title, description, canonical URL, sharing
/// tags, structured data), the site's chrome (name, navigation, contact, disclaimer) and breadcrumbs. Built in C#
/// by the page builders; the layout only prints it.
/// </summary>
public abstract class PageModel
{
    public required PageHead Head { get; init; }
    public required SiteChrome Site { get; init; }
    public IReadOnlyList<LinkItem> Breadcrumbs { get; init; } = [];
}
