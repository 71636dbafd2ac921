using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Pages;

public sealed class SpecialistListPage : PageModel
{
    public required SpecialistList Content { get; init; }
    public required IReadOnlyList<ContentCard> Specialists { get; init; }
}
