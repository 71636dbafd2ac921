namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>Cards to print as a list, with the heading level their titles take where the list sits.</summary>
public sealed record CardList(IReadOnlyList<ContentCard> Cards, int HeadingLevel = 2);
