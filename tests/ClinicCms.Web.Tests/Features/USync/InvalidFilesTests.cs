using ClinicCms.Core.USync;
using ClinicCms.Tests;
using ClinicCms.Web.Features.USync;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.USync;

/// <summary>
/// Invalid files are refused whole: each case gives its documented error (file, line, problem; see the README) and
/// the import changes nothing, not even the valid change made in the same folder.
/// </summary>
public sealed class InvalidFilesTests(CmsApplication site) : IClassFixture<CmsApplication>, IDisposable
{
    private const string TextareaKey = "c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3";
    private readonly TempUSyncFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Malformed_xml_names_the_file_and_line()
    {
        _folder.Replace("Templates/article.config", "</Name>", "</Nmae>");

        var problem = await RefusedAsync();

        Assert.Equal(new SourceLocation("Templates/article.config", 3), problem.Location);
        Assert.StartsWith("malformed XML: ", problem.Message);
    }

    [Fact]
    public async Task A_missing_composition_names_the_composition_element()
    {
        _folder.Replace("ContentTypes/article.config", "be0ec54f-411b-4b97-bf2e-59196532906c", "00000000-1111-4222-8333-444444444444");

        var problem = await RefusedAsync();

        Assert.Equal(new SourceLocation("ContentTypes/article.config", _folder.LineOf("ContentTypes/article.config", "00000000-1111-4222-8333-444444444444")), problem.Location);
        Assert.Equal("\"article\" is composed of \"seoComposition\" (00000000-1111-4222-8333-444444444444), which does not exist", problem.Message);
    }

    [Fact]
    public async Task Two_live_files_with_the_same_key_are_a_duplicate()
    {
        _folder.Write("DataTypes/Textarea2.config", _folder.Read("DataTypes/Textarea.config"));

        var problems = await RefusedAllAsync();

        Assert.Equal(["DataTypes/Textarea.config", "DataTypes/Textarea2.config"], problems.Select(p => p.Location.File).Order());
        Assert.All(problems, p => Assert.Equal($"duplicate Key {TextareaKey}: DataTypes/Textarea.config and DataTypes/Textarea2.config both define it", p.Message));
        Assert.All(problems, p => Assert.Equal(2, p.Location.Line));
    }

    [Fact]
    public async Task A_delete_marker_next_to_a_live_file_with_the_same_key_is_refused()
    {
        _folder.MarkDeleted("DataTypes/OldTextarea.config", Guid.Parse(TextareaKey), "Textarea");

        var problem = await RefusedAsync();

        Assert.Equal("DataTypes/OldTextarea.config", problem.Location.File);
        Assert.Equal($"Key {TextareaKey} is marked for delete here but is also imported from DataTypes/Textarea.config; remove one of the two", problem.Message);
    }

    // Refuses the folder with one error; a valid change in the same folder is not applied either.
    private async Task<USyncProblem> RefusedAsync() => Assert.Single(await RefusedAllAsync());

    private async Task<IReadOnlyList<USyncProblem>> RefusedAllAsync()
    {
        _folder.Replace("DataTypes/Numeric.config", "<Name>Numeric</Name>", "<Name>Whole number</Name>");
        var before = await site.SnapshotAsync();

        var result = await site.USyncAsync(usync => usync.ImportAsync(new USyncRunRequest(_folder.Path)));

        Assert.True(result.HasErrors);
        Assert.Empty(result.Rows);
        Assert.Equal(before, await site.SnapshotAsync());
        return [.. result.Problems.Where(p => p.IsError)];
    }
}
