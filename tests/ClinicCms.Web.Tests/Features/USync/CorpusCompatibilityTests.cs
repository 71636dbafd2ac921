using System.Xml.Linq;
using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Compare;
using ClinicCms.Tests;
using ClinicCms.Web.Features.USync;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.USync;

/// <summary>
/// Real Umbraco sites: each corpus site's newest uSync folder imported into an empty database and exported again
/// gives files that mean the same (same items, keys, aliases, settings and values; see USyncSemanticComparer).
/// The figures are printed; docs/usync-compatibility.md records them.
/// </summary>
public sealed class CorpusCompatibilityTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Sites))]
    public async Task A_corpus_site_imports_into_an_empty_database_and_exports_meaning_the_same(string site)
    {
        var source = CorpusSites.NewestFolder(site);
        await using var app = USyncTestSite.Start(folder: null);
        using var target = TempUSyncFolder.Empty();

        var import = await app.USyncAsync(usync => usync.ImportAsync(new USyncRunRequest(source)));
        var export = await app.USyncAsync(usync => usync.ExportAsync(new USyncRunRequest(target.Path)));

        Assert.DoesNotContain(import.Problems, p => p.IsError);
        var set = USyncFolderReader.Read(source);
        var comparer = new USyncSemanticComparer(set.MediaTypes.ToDictionary(m => m.Item.Alias, m => m.Item.Key, StringComparer.OrdinalIgnoreCase));
        var exported = export.Rows.Where(r => r.File.Contains('/'))
            .Select(r => XDocument.Load(target.File(r.File)).Root!)
            .ToDictionary(x => (x.Name.LocalName, Guid.Parse(x.Attribute("Key")!.Value)));

        var figures = new Dictionary<bool, (int Files, int Equal)> { [true] = (0, 0), [false] = (0, 0) };
        var failures = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.config", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            var original = XDocument.Load(file).Root!;
            if (!relative.Contains('/') || original.Name == "Empty" || USyncItemTypes.FromFolder(relative.Split('/')[0]) is not { } type)
            {
                continue;
            }

            var differences = exported.TryGetValue((original.Name.LocalName, Guid.Parse(original.Attribute("Key")!.Value)), out var mine)
                ? comparer.Compare(original, mine).Select(d => d.ToString()).ToList()
                : ["not exported"];
            var (files, equal) = figures[type.IsSchema()];
            figures[type.IsSchema()] = (files + 1, equal + (differences.Count == 0 ? 1 : 0));
            failures.AddRange(differences.Select(d => $"{relative}: {d}"));
        }

        var (schemaFiles, schemaEqual) = figures[true];
        var (contentFiles, contentEqual) = figures[false];
        output.WriteLine($"| {site} | {Path.GetFileName(source)} | {import.Plan!.Changes.Count()} | {schemaEqual}/{schemaFiles} | {contentEqual}/{contentFiles} | {set.UpgradedItems} |");
        foreach (var failure in failures.Take(20))
        {
            output.WriteLine(failure);
        }

        Assert.True(schemaFiles > 0);
        Assert.Equal(schemaFiles, schemaEqual);
    }

    public static TheoryData<string> Sites() => [.. CorpusSites.Names];
}
