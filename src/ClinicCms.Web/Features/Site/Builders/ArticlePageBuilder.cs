using ClinicCms.Web.Features.Site.Caching;
using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.Features.Site.Seo;
using ClinicCms.Web.Features.Site.Text;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Builders;

public static class ArticlePageBuilder
{
    public const int RelatedShown = 3;

    /// <summary>Images in an article are as wide as its text column (40rem) or the screen.</summary>
    public const string ArticleImageSizes = "(min-width: 42rem) 40rem, 100vw";

    public static ArticlePage Build(PageContext page, Article article)
    {
        page.Shown(article);
        var title = article.Title ?? article.Name;
        var anchors = new Anchors();
        var sections = article.Sections
            .Select(s => new SectionView(s.Content, s.Content.Heading is { Length: > 0 } h ? anchors.For(h) : null, page.Image(s.Content.Image, "section-image", null, ArticleImageSizes)))
            .ToList();

        // Related articles come from the site index, so the page is tagged by its topics rather than by every article.
        foreach (var topic in article.Tags)
        {
            CacheTags.Add(page.Http, CacheTags.Topic(topic));
        }

        var listUrl = article.Parent?.Url;
        var reviewer = article.ReviewedBy is { } reviewedBy ? Reviewer(page, reviewedBy) : null;
        var hero = page.Image(article.HeroImage, "hero-image", "hero", ArticleImageSizes, aboveTheFold: true);
        var breadcrumbs = page.Breadcrumbs(article);
        var description = string.IsNullOrWhiteSpace(article.MetaDescription) ? article.Summary : article.MetaDescription;
        var seo = new ArticleSeo(title, page.Absolute(article.Url), description is null ? null : HtmlText.Shorten(description),
            reviewer, article.LastReviewed, hero, breadcrumbs);
        return new ArticlePage
        {
            Content = article,
            Title = title,
            Sections = sections,
            TableOfContents = TableOfContents(sections),
            ReadingMinutes = ArticleFacts.ReadingMinutes(article),
            Reviewer = reviewer,
            LastReviewed = article.LastReviewed,
            NextReviewDue = article.NextReviewDue,
            Disclaimer = page.Home?.MedicalDisclaimer,
            HeroImage = hero,
            Topics = [.. article.Tags.Select(t => new LinkItem(t, $"{listUrl}?tag={Uri.EscapeDataString(t)}"))],
            Related = [.. page.Index.Related(article, RelatedShown).Select(page.ArticleCard)],
            CanonicalUrl = seo.Url,
            Breadcrumbs = breadcrumbs,
            // The article shows the disclaimer in full after its text; the footer need not repeat it.
            Site = page.Chrome(article) with { Disclaimer = null },
            Head = page.Head(article, title, article.Summary, "article", hero, StructuredData.Article(page, article, seo)),
        };
    }

    public static ReviewerView Reviewer(PageContext page, SpecialistProfile reviewer)
    {
        page.Shown(reviewer);
        return new ReviewerView(reviewer.FullName ?? reviewer.Name, reviewer.Qualifications, reviewer.JobTitle, reviewer.Url);
    }

    private static List<TocEntry> TableOfContents(IEnumerable<SectionView> sections)
    {
        var entries = new List<(string Text, string Anchor, List<TocEntry> Children)>();
        foreach (var section in sections.Where(s => s.Anchor is not null))
        {
            var entry = new TocEntry(section.Content.Heading!, section.Anchor!, []);
            if (section.Content.IsSubsection && entries.Count > 0)
            {
                entries[^1].Children.Add(entry);
            }
            else
            {
                entries.Add((entry.Text, entry.Anchor, []));
            }
        }

        return [.. entries.Select(e => new TocEntry(e.Text, e.Anchor, e.Children))];
    }
}
