using BenchmarkDotNet.Attributes;
using ClinicCms.Core.Published;

namespace ClinicCms.Benchmarks;

/// <summary>Finding the page for a URL in the published snapshot of the generated site (every request does this).</summary>
[MemoryDiagnoser]
public class RouteLookupBenchmarks
{
    private PublishedSnapshot _snapshot = null!;
    private string _article = null!;
    private string _articleUpperCase = null!;
    private string _articleWithoutSlash = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = BenchSite.Instance.Snapshot;
        _article = BenchSite.Instance.ReferenceUrl;
        _articleUpperCase = _article.ToUpperInvariant();
        _articleWithoutSlash = _article.TrimEnd('/');
    }

    [Benchmark(Baseline = true)]
    public IPublishedContent? Article() => _snapshot.Route(_article);

    [Benchmark]
    public IPublishedContent? ArticleInCapitals() => _snapshot.Route(_articleUpperCase);

    [Benchmark]
    public IPublishedContent? ArticleWithoutTrailingSlash() => _snapshot.Route(_articleWithoutSlash);

    [Benchmark]
    public IPublishedContent? UnknownPath() => _snapshot.Route("/no-such-topic/no-such-article/");
}
