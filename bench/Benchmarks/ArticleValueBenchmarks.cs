using BenchmarkDotNet.Attributes;
using ClinicCms.Core.Published;

namespace ClinicCms.Benchmarks;

/// <summary>
/// Reading every value an article page shows, from the snapshot through the converters: the first read of a page
/// (values unpacked and converted) and a later read (converted values kept within the budget).
/// </summary>
[MemoryDiagnoser]
public class ArticleValueBenchmarks
{
    private IPublishedContent _warm = null!;
    private PublishedSnapshot _noBudget = null!;
    private IPublishedContent[] _cold = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var site = BenchSite.Instance;
        _warm = site.Snapshot.Route(site.ReferenceUrl)!;
        Read(_warm);

        // With no room for converted values, each read of a page converts again: the cost of a page not read lately.
        _noBudget = PublishedSnapshot.Build(site.Snapshot.Schema, site.Nodes, valuesBudgetBytes: 1);
        _cold = [.. _noBudget.AllContent.Where(c => c.ContentType.Alias == "article").Take(64)];
    }

    [Benchmark(Baseline = true)]
    public int FirstRead() => Read(_cold[_next++ % _cold.Length]);

    [Benchmark]
    public int LaterRead() => Read(_warm);

    // What the article view and its layout read.
    private static int Read(IPublishedContent article)
    {
        var length = (article.Value<string>("title")?.Length ?? 0) + (article.Value<string>("summary")?.Length ?? 0);
        length += article.Value<IPublishedContent>("reviewedBy")?.Name.Length ?? 0;
        length += article.Value<DateTime?>("lastReviewed")?.Day ?? 0;
        length += article.Value<string>("metaDescription")?.Length ?? 0;
        foreach (var block in article.Value<BlockListModel>("sections") ?? BlockListModel.Empty)
        {
            length += block.Content.Value<string>("heading")?.Length ?? 0;
            length += block.Content.Value<bool>("isSubsection") ? 1 : 0;
            length += block.Content.Value<HtmlMarkup>("body")?.Markup.Length ?? 0;
        }

        return length;
    }
}
