using BenchmarkDotNet.Attributes;
using ClinicCms.Core.USync;

namespace ClinicCms.Benchmarks;

/// <summary>Reading the <c>article</c> document type from its uSync file (what a schema import does per file).</summary>
[MemoryDiagnoser]
public class DocumentTypeReadBenchmarks
{
    private string _folder = null!;
    private byte[] _bytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var source = Path.Combine(ClinicCms.Bench.SiteGenerator.ProjectFolders.USync(), "ContentTypes", "article.config");
        _folder = Path.Combine(Path.GetTempPath(), $"cliniccms-benchmarks-doctype-{Environment.ProcessId}");
        Directory.CreateDirectory(Path.Combine(_folder, "ContentTypes"));
        File.Copy(source, Path.Combine(_folder, "ContentTypes", "article.config"), overwrite: true);
        _bytes = File.ReadAllBytes(source);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public USyncSet ReadArticleTypeFile() => USyncFolderReader.Read(_folder);

    [Benchmark]
    public object ParseArticleTypeXml() => USyncFolderReader.Parse("ContentTypes/article.config", _bytes);
}
