using ClinicCms.Core.Content;
using ClinicCms.Core.Published;
using ClinicCms.Core.USync;

namespace ClinicCms.Benchmarks;

/// <summary>
/// The generated site as the published snapshot holds it: every node packed, as loaded from the database. Built once
/// per benchmark process (BenchmarkDotNet runs each class in its own process).
/// </summary>
public sealed class BenchSite
{
    private static BenchSite? _instance;

    private BenchSite(string generated)
    {
        Folder = generated;
        Set = USyncFolderReader.Read(Path.Combine(generated, "uSync", "v17"));
        var registry = Set.ToRegistry();
        Nodes = [.. Set.Content.Select((entry, i) => new PublishedNodeData
        {
            Id = i + 1,
            Key = entry.Item.Key,
            Kind = entry.Item.Kind,
            ParentKey = entry.Item.ParentKey,
            Level = entry.Item.Level,
            SortOrder = entry.Item.SortOrder ?? 0,
            ContentTypeAlias = entry.Item.ContentTypeAlias,
            Name = entry.Item.Name,
            UrlSegment = UrlSegments.ForName(entry.Item.Name),
            TemplateKey = entry.Item.Template is { } t ? registry.Template(t.Alias)?.Key : null,
            PackedValues = PackedPropertyValues.Pack(entry.Item.Properties),
        })];
        Snapshot = PublishedSnapshot.Build(registry, Nodes);
        ReferenceUrl = File.ReadAllLines(Path.Combine(generated, "urls", "reference-article.txt"))[0];
        Reference = Set.Content.Single(c => Snapshot.Content(c.Item.Key)?.Url == ReferenceUrl).Item;
    }

    public static BenchSite Instance => _instance ??= new BenchSite(Generated());

    public string Folder { get; }
    public USyncSet Set { get; }
    public IReadOnlyList<PublishedNodeData> Nodes { get; }
    public PublishedSnapshot Snapshot { get; }
    public string ReferenceUrl { get; }

    /// <summary>The article the page figures use, as read from its uSync file.</summary>
    public ClinicCms.Core.Content.ContentItem Reference { get; }

    /// <summary>The generated site's folder: <c>BENCH_GEN</c>, else a 2,000-node site generated once in the temp folder.</summary>
    public static string Generated()
    {
        if (Environment.GetEnvironmentVariable("BENCH_GEN") is { Length: > 0 } folder)
        {
            return folder;
        }

        var output = Path.Combine(Path.GetTempPath(), "cliniccms-benchmarks-site-2000");
        if (!File.Exists(Path.Combine(output, "site.json")))
        {
            var source = ClinicCms.Bench.SiteGenerator.ProjectFolders.USync();
            var wordBank = Path.Combine(AppContext.BaseDirectory, "wordbank.txt");
            new ClinicCms.Bench.SiteGenerator.SiteGenerator(source, wordBank).Generate(output, nodes: 2000, seed: 17);
        }

        return output;
    }
}
