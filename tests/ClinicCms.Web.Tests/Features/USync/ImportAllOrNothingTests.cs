using ClinicCms.Core.USync;
using ClinicCms.Tests;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.USync;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.USync;

/// <summary>A broken set of uSync files is refused as a whole: the error names the file and line, and nothing changes.</summary>
public sealed class ImportAllOrNothingTests(CmsApplication site) : IClassFixture<CmsApplication>, IDisposable
{
    private readonly string _folder = CopyProjectFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_missing_composition_is_refused_naming_the_file_and_line_and_changes_nothing()
    {
        var file = Path.Combine(_folder, "ContentTypes", "article.config");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("be0ec54f-411b-4b97-bf2e-59196532906c", "00000000-1111-4222-8333-444444444444", StringComparison.Ordinal));
        // Another change in the same set that would be applied if the import were not all-or-nothing.
        Rename(Path.Combine(_folder, "DataTypes", "Textarea.config"), "<Name>Textarea</Name>", "<Name>Long text</Name>");
        var expectedLine = LineOf(file, "00000000-1111-4222-8333-444444444444");

        var before = await SchemaRowsAsync();
        var error = await Assert.ThrowsAsync<USyncImportException>(() => ImportAsync());

        var problem = Assert.Single(error.Problems, p => p.IsError);
        Assert.Equal(new SourceLocation("ContentTypes/article.config", expectedLine), problem.Location);
        Assert.Contains("seoComposition", problem.Message);
        Assert.Contains($"ContentTypes/article.config({expectedLine})", error.Message);
        Assert.Equal(before, await SchemaRowsAsync());
    }

    [Fact]
    public async Task Malformed_xml_is_refused_naming_the_file_and_line_and_changes_nothing()
    {
        Rename(Path.Combine(_folder, "DataTypes", "Textarea.config"), "<Name>Textarea</Name>", "<Name>Long text</Name>");
        var file = Path.Combine(_folder, "Templates", "article.config");
        File.WriteAllText(file, File.ReadAllText(file).Replace("</Name>", "</Nmae>", StringComparison.Ordinal));

        var before = await SchemaRowsAsync();
        var error = await Assert.ThrowsAsync<USyncImportException>(() => ImportAsync());

        var problem = Assert.Single(error.Problems, p => p.IsError);
        Assert.Equal(new SourceLocation("Templates/article.config", 3), problem.Location);
        Assert.Contains("malformed XML", problem.Message);
        Assert.Equal(before, await SchemaRowsAsync());
    }

    [Fact]
    public async Task A_valid_change_is_applied()
    {
        Rename(Path.Combine(_folder, "DataTypes", "Textarea.config"), "<Name>Textarea</Name>", "<Name>Long text</Name>");

        await ImportAsync();

        var rows = await SchemaRowsAsync();
        Assert.Contains(rows, r => r.Contains("\"Name\":\"Long text\"", StringComparison.Ordinal));
    }

    private Task<int> ImportAsync() => site.InScopeAsync(services =>
        services.GetRequiredService<USyncImporter>().ImportAsync(USyncFolderReader.Read(_folder), includeContent: false));

    private Task<List<string>> SchemaRowsAsync() => site.InScopeAsync(services =>
        services.GetRequiredService<CmsDbContext>().SchemaItems.OrderBy(i => i.Key).Select(i => i.ItemType + i.Definition).ToListAsync());

    private static void Rename(string file, string from, string to) => File.WriteAllText(file, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal));

    private static int LineOf(string file, string text) => File.ReadAllLines(file).ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    private static string CopyProjectFolder()
    {
        var target = Path.Combine(Path.GetTempPath(), "cliniccms-usync-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(TestPaths.ProjectUSync, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(TestPaths.ProjectUSync, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
