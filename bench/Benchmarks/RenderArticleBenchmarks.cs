using BenchmarkDotNet.Attributes;
using ClinicCms.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Benchmarks;

/// <summary>
/// Rendering the reference article from the published snapshot, output cache off: the whole request in memory
/// (routing, the page model built from the snapshot, the Razor templates, security headers), without a socket.
/// </summary>
[MemoryDiagnoser]
public class RenderArticleBenchmarks
{
    private BenchApplication _site = null!;
    private HttpClient _client = null!;
    private string _article = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var generated = BenchSite.Generated();
        _article = File.ReadAllLines(Path.Combine(generated, "urls", "reference-article.txt"))[0];
        _site = new BenchApplication(generated);
        _client = _site.CreateClient();
        (await _client.GetAsync(_article)).EnsureSuccessStatusCode();

        // A fresh copy of the database has no search index yet: let the background rebuild finish before measuring.
        var search = _site.Services.GetRequiredService<SiteSearchIndex>();
        for (var waited = 0; !search.IsCurrent && waited < 600; waited++)
        {
            await Task.Delay(500);
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }

    [Benchmark]
    public async Task<int> RenderArticle() => (await _client.GetByteArrayAsync(_article)).Length;
}
