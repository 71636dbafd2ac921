using Microsoft.AspNetCore.Html;

namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>The site settings (kept on the home node) as every page shows them.</summary>
public sealed record SiteChrome
{
    public required string ClinicName { get; init; }
    public required IReadOnlyList<LinkItem> Navigation { get; init; }
    public IReadOnlyList<LinkItem> FooterLinks { get; init; } = [];
    public ContactDetails Contact { get; init; } = new();
    public string? EmergencyNote { get; init; }
    public IHtmlContent? Disclaimer { get; init; }
}
