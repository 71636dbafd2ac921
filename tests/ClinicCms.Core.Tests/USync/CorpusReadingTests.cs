using ClinicCms.Tests;
using ClinicCms.Core.USync;

namespace ClinicCms.Core.Tests.USync;

using ClinicCms.Tests;

public sealed class CorpusReadingTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sites() => [.. Directory.GetDirectories(TestPaths.Corpus).Select(d => Path.GetFileName(d))];

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_schema_file_of_the_newest_folder_parses(string site)
    {
        var uSyncRoot = Directory.GetDirectories(Path.Combine(TestPaths.Corpus, site), "uSync", SearchOption.AllDirectories).Single();
        var folder = USyncFolderLocator.FindVersionFolder(uSyncRoot)!;

        var set = USyncFolderReader.Read(folder);

        output.WriteLine($"{site} {Path.GetFileName(folder)}: {set.DataTypes.Count} data types, {set.ContentTypes.Count} content types, "
            + $"{set.MediaTypes.Count} media types, {set.Templates.Count} templates, {set.Content.Count} content, {set.Media.Count} media");
        foreach (var problem in set.Problems.Concat(USyncSetValidator.Validate(set)))
        {
            output.WriteLine(problem.ToString());
        }

        Assert.DoesNotContain(set.Problems, p => p.IsError);
        Assert.NotEmpty(set.DataTypes);
        Assert.NotEmpty(set.ContentTypes);
    }
}
