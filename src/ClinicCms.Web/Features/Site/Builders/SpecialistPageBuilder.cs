using ClinicCms.Web.Features.Site.Caching;
using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.Features.Site.Seo;
using ClinicCms.Web.Features.Site.Text;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Builders;

public static class SpecialistPageBuilder
{
    public static SpecialistPage Build(PageContext page, SpecialistProfile profile)
    {
        page.Shown(profile);
        var name = profile.FullName ?? profile.Name;
        var photo = page.Image(profile.Photo, "profile-photo", "profile", "16rem", aboveTheFold: true, maxWidth: 640);
        var hospitals = PageContext.Lines(profile.Hospitals);
        var breadcrumbs = page.Breadcrumbs(profile);
        var phone = profile.AppointmentPhone ?? page.Home?.Phone;
        var biography = HtmlText.ToPlainText(profile.Biography?.ToString());
        var fallback = string.Join(" ", new[] { profile.JobTitle, biography }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var description = string.IsNullOrWhiteSpace(profile.MetaDescription) ? HtmlText.Shorten(fallback) : profile.MetaDescription;

        // The list of reviewed articles comes from the site index: tag the page by reviewer instead of by every article.
        CacheTags.Add(page.Http, CacheTags.ReviewedBy(profile.Key));
        var reviewed = page.Index.ByReviewer.TryGetValue(profile.Key, out var articles) ? articles : [];
        var seo = new SpecialistSeo(name, description, photo, phone, hospitals, breadcrumbs);
        return new SpecialistPage
        {
            Content = profile,
            Name = name,
            Photo = photo,
            Hospitals = hospitals,
            Phone = phone,
            PhoneHref = ContactDetails.TelephoneLink(phone),
            AppointmentLink = profile.AppointmentLink is { } link ? new LinkItem(link.Name, link.Url) : null,
            ReviewedArticles = [.. reviewed.Select(page.ArticleCard)],
            Breadcrumbs = breadcrumbs,
            Site = page.Chrome(profile),
            Head = page.Head(profile, name, fallback, "profile", photo, StructuredData.Specialist(page, profile, seo)),
        };
    }
}
