using BenchmarkDotNet.Attributes;
using ClinicCms.Core.Published;

namespace ClinicCms.Benchmarks;

/// <summary>
/// Building the published snapshot of the whole generated site from packed node data: what start-up does once and
/// what every publish does again (a publish swaps in a new snapshot).
/// </summary>
[MemoryDiagnoser]
public class SnapshotBuildBenchmarks
{
    private BenchSite _site = null!;
    private PublishedNodeData _changed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchSite.Instance;
        _changed = _site.Nodes.First(n => n.ContentTypeAlias == "article") with { Name = "A renamed article" };
    }

    [Benchmark]
    public PublishedSnapshot BuildAll() => PublishedSnapshot.Build(_site.Snapshot.Schema, _site.Nodes);

    [Benchmark]
    public PublishedSnapshot PublishOneNode() => _site.Snapshot.With([_changed], [], version: 2);
}
