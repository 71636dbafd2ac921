using ClinicCms.Web.PublishedModels;
using Microsoft.AspNetCore.Html;

namespace ClinicCms.Web.Features.Site.Pages;

public sealed class ArticlePage : PageModel
{
    public required Article Content { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<SectionView> Sections { get; init; }

    /// <summary>The sections with a heading, h3 sub-sections nested under their h2.</summary>
    public required IReadOnlyList<TocEntry> TableOfContents { get; init; }

    public required int ReadingMinutes { get; init; }
    public ReviewerView? Reviewer { get; init; }
    public DateTime? LastReviewed { get; init; }
    public DateTime? NextReviewDue { get; init; }
    public IHtmlContent? Disclaimer { get; init; }
    public ImageModel? HeroImage { get; init; }
    public IReadOnlyList<LinkItem> Topics { get; init; } = [];
    public IReadOnlyList<ContentCard> Related { get; init; } = [];
    public required string CanonicalUrl { get; init; }
}

/// <summary>One block of the article with the anchor its table-of-contents entry links to.</summary>
public sealed record SectionView(ArticleSection Content, string? Anchor, ImageModel? Image);

public sealed record TocEntry(string Text, string Anchor, IReadOnlyList<TocEntry> Children);

/// <summary>The specialist who reviewed a page, as the "Medically reviewed by" line shows them.</summary>
public sealed record ReviewerView(string Name, string? Credentials, string? JobTitle, string Url);
