using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Site;
using ClinicCms.Web.Features.Site.Text;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Search;

/// <summary>What the search index holds of one published page: the text a patient could look for.</summary>
public sealed record SearchDocument(Guid Key, string Title, string Summary, string Body, string Topics)
{
    /// <summary>The page as a document, or null for pages not to be found (no template, hidden from search engines).</summary>
    public static SearchDocument? From(IPublishedContent content)
    {
        if (content.TemplateAlias is null || content is ISeoComposition { HideFromSearchEngines: true })
        {
            return null;
        }

        return content switch
        {
            Article a => new(a.Key, a.Title ?? a.Name, a.Summary ?? "",
                Join(a.Sections.SelectMany(s => new[] { s.Content.Heading, Plain(s.Content.Body) }).Append(a.ReviewedBy?.FullName)),
                Join(a.Tags)),
            SpecialistProfile p => new(p.Key, p.FullName ?? p.Name, Join([p.JobTitle, p.Qualifications]),
                Join([Plain(p.Biography), p.Hospitals, p.ConsultationDetails, Join(p.Languages)]), Join(p.Specialties)),
            ContentPage c => new(c.Key, c.Name, "", Plain(c.BodyText), ""),
            ArticleList l => new(l.Key, l.Name, l.Introduction ?? "", "", ""),
            SpecialistList l => new(l.Key, l.Name, l.Introduction ?? "", "", ""),
            Home h => new(h.Key, h.HeroHeading ?? h.Name, "", Plain(h.Introduction), ""),
            _ => new(content.Key, content.Name, "", "", ""),
        };
    }

    private static string Plain(Microsoft.AspNetCore.Html.IHtmlContent? html) => HtmlText.ToPlainText(html?.ToString());

    private static string Join(IEnumerable<string?> parts) => string.Join(" \n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
