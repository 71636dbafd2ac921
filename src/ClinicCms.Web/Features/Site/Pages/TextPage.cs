using ClinicCms.Core.Published;
using Microsoft.AspNetCore.Html;

namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>A content page (About us, Contact, ...) or any page type without a builder of its own.</summary>
public sealed class TextPage : PageModel
{
    public required IPublishedContent Content { get; init; }
    public required string Heading { get; init; }
    public IHtmlContent? Body { get; init; }

    /// <summary>True on the contact page, which then also shows the clinic's contact details.</summary>
    public bool ShowContact { get; init; }
}
