using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Pages;

public sealed class SpecialistPage : PageModel
{
    public required SpecialistProfile Content { get; init; }
    public required string Name { get; init; }
    public ImageModel? Photo { get; init; }
    public IReadOnlyList<string> Hospitals { get; init; } = [];

    /// <summary>Calls to action: phone the clinic, request an appointment.</summary>
    public string? Phone { get; init; }
    public string? PhoneHref { get; init; }
    public LinkItem? AppointmentLink { get; init; }

    /// <summary>Articles this specialist reviewed.</summary>
    public IReadOnlyList<ContentCard> ReviewedArticles { get; init; } = [];
}
