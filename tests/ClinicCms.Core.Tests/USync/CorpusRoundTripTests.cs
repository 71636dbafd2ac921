using System.Xml.Linq;
using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Compare;
using ClinicCms.Core.USync.Export;
using ClinicCms.Tests;

namespace ClinicCms.Core.Tests.USync;

/// <summary>
/// Every corpus site read and exported again without a database: each live file comes back meaning the same, in
/// uSync 17's format (older folders are converted). The same check through the database is in the web tests.
/// </summary>
public sealed class CorpusRoundTripTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_live_file_comes_back_meaning_the_same(string site)
    {
        var folder = CorpusSites.NewestFolder(site);
        var set = USyncFolderReader.Read(folder);
        var exported = USyncExporter.Export(USyncState.From(set), USyncFolderIndex.Empty)
            .Where(f => f.Type is not null)
            .ToDictionary(f => (f.Type!.Value.Folder(), f.Key), f => XDocument.Load(new MemoryStream(f.Bytes)).Root!);
        var comparer = new USyncSemanticComparer(set.MediaTypes.ToDictionary(m => m.Item.Alias, m => m.Item.Key, StringComparer.OrdinalIgnoreCase));

        var compared = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.config", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var original = XDocument.Load(file).Root!;
            if (!relative.Contains('/') || original.Name == "Empty")
            {
                continue;
            }

            var key = Guid.Parse(original.Attribute("Key")!.Value);
            Assert.True(exported.TryGetValue((relative.Split('/')[0], key), out var mine), $"{relative} was not exported");
            Assert.Empty(comparer.Compare(original, mine).Select(d => $"{relative}: {d}"));
            compared++;
        }

        output.WriteLine($"{site} ({Path.GetFileName(folder)}): {compared} files equal, {set.UpgradedItems} converted from an older format");
        Assert.True(compared > 0);
    }

    public static TheoryData<string> Sites() => [.. CorpusSites.Names];
}
