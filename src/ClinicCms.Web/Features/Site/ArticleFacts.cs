using System.Runtime.CompilerServices;
using ClinicCms.Web.Features.Site.Text;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site;

/// <summary>Facts derived from an article's text, worked out once per published version.</summary>
public static class ArticleFacts
{
    /// <summary>A calm reading pace for health information read on a phone.</summary>
    public const int WordsPerMinute = 200;

    private static readonly ConditionalWeakTable<Article, string> Texts = [];

    /// <summary>Title, summary and every section's heading and text, as plain text.</summary>
    public static string PlainText(Article article) => Texts.GetValue(article, a => HtmlText.Squash(string.Join(' ',
        new[] { a.Title, a.Summary }.Concat(a.Sections.SelectMany(s => new[] { s.Content.Heading, HtmlText.ToPlainText(s.Content.Body?.ToString()) }))
            .Where(t => !string.IsNullOrWhiteSpace(t)))));

    public static int ReadingMinutes(Article article) =>
        Math.Max(1, (int)Math.Ceiling(HtmlText.CountWords(PlainText(article)) / (double)WordsPerMinute));
}
