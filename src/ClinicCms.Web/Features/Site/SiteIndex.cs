using System.Runtime.CompilerServices;
using ClinicCms.Core.Published;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site;

/// <summary>
/// Lookups across the whole site, built once per snapshot: articles by topic and by reviewer, every topic in use.
/// Built with dependency recording suspended; pages that use it tag themselves by topic or reviewer instead.
/// </summary>
public sealed class SiteIndex
{
    private static readonly ConditionalWeakTable<PublishedSnapshot, SiteIndex> Indexes = [];

    private SiteIndex(PublishedSnapshot snapshot)
    {
        using var _ = RenderDependencies.Suspend();
        Articles = [.. snapshot.AllContent.OfType<Article>().OrderBy(a => a.Level).ThenBy(a => a.Parent?.SortOrder).ThenBy(a => a.SortOrder)];
        ByTopic = Articles
            .SelectMany(a => a.Tags.Select(t => (Topic: t.Trim(), Article: a)))
            .Where(x => x.Topic.Length > 0)
            .GroupBy(x => x.Topic, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Article>)[.. g.Select(x => x.Article).Distinct()], StringComparer.OrdinalIgnoreCase);
        ByReviewer = Articles
            .Where(a => a.ReviewedBy is not null)
            .GroupBy(a => a.ReviewedBy!.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Article>)[.. g]);
    }

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Topic (any letter case) to the articles tagged with it, in site order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> ByTopic { get; }

    public IReadOnlyDictionary<Guid, IReadOnlyList<Article>> ByReviewer { get; }

    public static SiteIndex For(PublishedSnapshot snapshot) => Indexes.GetValue(snapshot, s => new SiteIndex(s));

    /// <summary>Other articles sharing the most topics with this one.</summary>
    public IReadOnlyList<Article> Related(Article article, int count) =>
        [.. article.Tags
            .SelectMany(t => ByTopic.TryGetValue(t.Trim(), out var tagged) ? tagged : [])
            .Where(a => a.Key != article.Key)
            .GroupBy(a => a.Key)
            .OrderByDescending(g => g.Count())
            .Select(g => g.First())
            .Take(count)];
}
