using System.Collections.Concurrent;
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
    // Lazy, so that a request arriving while the index is being built (at start-up, in the background) waits for that
    // build instead of running a second one beside it.
    private static readonly ConditionalWeakTable<PublishedSnapshot, Lazy<SiteIndex>> Indexes = [];

    private readonly ConcurrentDictionary<(Guid Article, int Count), IReadOnlyList<Article>> _related = new();

    // What the index needs of each article, kept per published data object: a new snapshot after a publish shares
    // the data of every unchanged node, so only the published nodes are read again.
    private static readonly ConditionalWeakTable<PublishedNodeData, ArticleTopics> Facts = [];

    private SiteIndex(PublishedSnapshot snapshot)
    {
        using var _ = RenderDependencies.Suspend();
        Articles = [.. snapshot.AllContent.OfType<Article>().OrderBy(a => a.Level).ThenBy(a => a.Parent?.SortOrder).ThenBy(a => a.SortOrder)];
        var facts = Articles.Select(a => (Article: a, Facts: FactsOf(snapshot, a))).ToList();
        ByTopic = facts
            .SelectMany(x => x.Facts.Topics.Select(t => (Topic: t, x.Article)))
            .GroupBy(x => x.Topic, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Article>)[.. g.Select(x => x.Article).Distinct()], StringComparer.OrdinalIgnoreCase);
        ByReviewer = facts
            .Where(x => x.Facts.Reviewer is not null)
            .GroupBy(x => x.Facts.Reviewer!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Article>)[.. g.Select(x => x.Article)]);
    }

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Topic (any letter case) to the articles tagged with it, in site order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> ByTopic { get; }

    public IReadOnlyDictionary<Guid, IReadOnlyList<Article>> ByReviewer { get; }

    public static SiteIndex For(PublishedSnapshot snapshot) =>
        Indexes.GetValue(snapshot, s => new Lazy<SiteIndex>(() => new SiteIndex(s), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static ArticleTopics FactsOf(PublishedSnapshot snapshot, Article article) =>
        snapshot.Data(article.Key) is { } data
            ? Facts.GetValue(data, _ => ArticleTopics.Of(article))
            : ArticleTopics.Of(article);

    /// <summary>Other articles sharing the most topics with this one (the first met first among equals).</summary>
    /// <remarks>
    /// Kept per article for this snapshot: a topic can hold thousands of articles, and counting them on every render
    /// of an uncached page was most of its CPU time (bench/README.md).
    /// </remarks>
    public IReadOnlyList<Article> Related(Article article, int count) =>
        _related.GetOrAdd((article.Key, count), _ => FindRelated(article, count));

    private IReadOnlyList<Article> FindRelated(Article article, int count)
    {
        var shared = new Dictionary<Guid, (int Topics, int Order, Article Article)>();
        foreach (var topic in article.Tags)
        {
            if (!ByTopic.TryGetValue(topic.Trim(), out var tagged))
            {
                continue;
            }

            foreach (var other in tagged)
            {
                if (other.Key == article.Key)
                {
                    continue;
                }

                shared[other.Key] = shared.TryGetValue(other.Key, out var seen) ? seen with { Topics = seen.Topics + 1 } : (1, shared.Count, other);
            }
        }

        return [.. shared.Values.OrderByDescending(s => s.Topics).ThenBy(s => s.Order).Take(count).Select(s => s.Article)];
    }
}
