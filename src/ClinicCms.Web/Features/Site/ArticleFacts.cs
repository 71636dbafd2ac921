using System.Runtime.CompilerServices;
using ClinicCms.Web.Features.Site.Text;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site;

/// <summary>Facts derived from an article's text, worked out once per published version.</summary>
public static class ArticleFacts
{
    /// <summary>A calm reading pace for health information read on a phone.</summary>
    public const int WordsPerMinute = 200;

    // Only the number is kept: holding each article's plain text (tens of kilobytes) took a crawl of a 10,000-article
    // site hundreds of megabytes past its memory budget, and counting its words again cost every card (bench/README.md).
    private static readonly ConditionalWeakTable<Article, StrongBox<int>> Minutes = [];

    /// <summary>Title, summary and every section's heading and text, as plain text.</summary>
    public static string PlainText(Article article) => HtmlText.Squash(string.Join(' ',
        new[] { article.Title, article.Summary }.Concat(article.Sections.SelectMany(s => new[] { s.Content.Heading, HtmlText.ToPlainText(s.Content.Body?.ToString()) }))
            .Where(t => !string.IsNullOrWhiteSpace(t))));

    public static int ReadingMinutes(Article article) => Minutes.GetValue(article, a =>
        new StrongBox<int>(Math.Max(1, (int)Math.Ceiling(HtmlText.CountWords(PlainText(a)) / (double)WordsPerMinute)))).Value;
}
