using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.Features.Site.Seo;
using ClinicCms.Web.Features.Site.Text;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Builders;

public static class HomePageBuilder
{
    public const int SpecialistsShown = 6;

    public static HomePage Build(PageContext page, Home home)
    {
        var articles = home.Children.OfType<ArticleList>().FirstOrDefault();
        var specialistList = home.Children.OfType<SpecialistList>().FirstOrDefault();
        var specialists = specialistList?.Children.OfType<SpecialistProfile>().Take(SpecialistsShown).ToList() ?? [];
        var heading = home.HeroHeading ?? home.Name;
        var description = HtmlText.ToPlainText(home.Introduction?.ToString());
        return new HomePage
        {
            Content = page.Shown(home),
            Heading = heading,
            EmergencyNote = home.EmergencyNote,
            FeaturedArticles = [.. home.FeaturedArticles.Select(page.ArticleCard)],
            ArticlesUrl = articles is null ? null : page.Shown(articles).Url,
            Specialists = [.. specialists.Select(page.SpecialistCard)],
            SpecialistsUrl = specialistList is null ? null : page.Shown(specialistList).Url,
            // The home page shows the emergency note near the top; the footer need not repeat it.
            Site = page.Chrome(home) with { EmergencyNote = null },
            Head = page.Head(home, heading, description, structuredData: StructuredData.Home(page, home.MetaDescription ?? HtmlText.Shorten(description), specialists)) with
            {
                // The home page is the clinic itself: its title is the clinic's name first.
                Title = string.IsNullOrWhiteSpace(home.MetaTitle) ? $"{page.ClinicName}: {heading}" : home.MetaTitle,
            },
        };
    }
}
