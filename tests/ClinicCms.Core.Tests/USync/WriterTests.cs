using System.Text;
using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Export;
using ClinicCms.Tests;

namespace ClinicCms.Core.Tests.USync;

/// <summary>Golden tests of the writer: files read and written again come back byte for byte, as uSync 17 wrote them.</summary>
public sealed class WriterTests
{
    [Fact]
    public void Every_file_of_the_project_folder_is_written_back_byte_for_byte()
    {
        var set = USyncFolderReader.Read(TestPaths.ProjectUSync);

        var files = USyncExporter.Export(USyncState.From(set), USyncFolderIndex.Empty);

        Assert.Equal(
            Directory.EnumerateFiles(TestPaths.ProjectUSync, "*.config", SearchOption.AllDirectories).Select(f => Relative(TestPaths.ProjectUSync, f)).Order(),
            files.Select(f => f.Path).Order());
        foreach (var file in files)
        {
            Assert.Equal(Text(File.ReadAllBytes(Path.Combine(TestPaths.ProjectUSync, file.Path))), Text(file.Bytes));
        }
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_live_file_of_a_corpus_site_is_written_back_byte_for_byte(string site)
    {
        var folder = CorpusSites.NewestFolder(site);
        var set = USyncFolderReader.Read(folder);

        var files = USyncExporter.Export(USyncState.From(set), USyncFolderIndex.Empty).Where(f => f.Type is not null).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // uSync never ends a file with a newline; a file edited by hand since may.
            var original = Text(File.ReadAllBytes(Path.Combine(folder, file.Path))).TrimEnd('\n');
            Assert.Equal(original, Text(file.Bytes));
        }
    }

    [Fact]
    public void A_file_starts_with_a_bom_and_the_declaration_and_has_no_trailing_newline()
    {
        var bytes = USyncExporter.Export(USyncState.From(USyncFolderReader.Read(TestPaths.ProjectUSync)), USyncFolderIndex.Empty)
            .Single(f => f.Path == "Templates/article.config").Bytes;

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Template ", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal((byte)'>', bytes[^1]);
    }

    // Older folders (uSync 13's v9) are converted on reading; CorpusRoundTripTests compares those by meaning.
    public static TheoryData<string> Sites() => [.. CorpusSites.CurrentFormat];

    private static string Relative(string folder, string file) => Path.GetRelativePath(folder, file).Replace('\\', '/');

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
