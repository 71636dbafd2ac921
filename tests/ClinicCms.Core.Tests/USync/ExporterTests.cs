using System.Text;
using ClinicCms.Core.Content;
using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Export;
using ClinicCms.Tests;

namespace ClinicCms.Core.Tests.USync;

public sealed class ExporterTests : IDisposable
{
    private readonly TempUSyncFolder _folder = new();
    private readonly USyncState _site = USyncState.From(USyncFolderReader.Read(TestPaths.ProjectUSync));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_same_site_always_exports_the_same_bytes_into_an_empty_or_an_existing_folder()
    {
        var first = USyncExporter.Export(_site, USyncFolderIndex.Empty);
        var second = USyncExporter.Export(_site, USyncFolderIndex.Empty);
        var overExisting = USyncExporter.Export(_site, USyncFolderIndex.Read(_folder.Path));

        Assert.Equal(first.Select(f => (f.Path, Text(f.Bytes))), second.Select(f => (f.Path, Text(f.Bytes))));
        Assert.Equal(first.Select(f => (f.Path, Text(f.Bytes))), overExisting.Select(f => (f.Path, Text(f.Bytes))));
    }

    [Fact]
    public void A_second_node_with_the_same_name_gets_the_clash_suffix_and_the_first_keeps_the_plain_name()
    {
        var articles = _site.Nodes.Single(n => n.Name == "Articles");
        var twin = articles with { Key = Guid.Parse("13ea3528-c98a-4b0f-bb84-e036408a092a"), ParentKey = articles.Key, SortOrder = 5 };
        var site = WithNodes([.. _site.Nodes, twin]);

        var files = USyncExporter.Export(site, USyncFolderIndex.Empty).Where(f => f.Type == USyncItemType.Content).ToList();

        Assert.Equal(articles.Key, files.Single(f => f.Path == "Content/articles.config").Key);
        Assert.Equal(twin.Key, files.Single(f => f.Path == "Content/articles_fa0pue2k.config").Key);
        Assert.Contains("<Path>/Home/Articles/Articles</Path>", Text(files.Single(f => f.Key == twin.Key).Bytes));
    }

    [Fact]
    public void A_renamed_node_is_written_under_its_new_name_and_its_old_file_becomes_a_rename_marker()
    {
        var contact = _site.Nodes.Single(n => n.Name == "Contact");
        var site = WithNodes([.. _site.Nodes.Select(n => n.Key == contact.Key ? n with { Name = "Contact us" } : n)]);

        var files = USyncExporter.Export(site, USyncFolderIndex.Read(_folder.Path));

        Assert.Contains("Alias=\"Contact us\"", Text(files.Single(f => f.Path == "Content/contact-us.config").Bytes));
        var marker = files.Single(f => f.Path == "Content/contact.config");
        Assert.Equal(USyncFileChange.RenameMarker, marker.Change);
        Assert.EndsWith($"<Empty Key=\"{contact.Key}\" Alias=\"Contact\" Change=\"Rename\" Level=\"2\" />", Text(marker.Bytes));
    }

    private USyncState WithNodes(IReadOnlyList<ContentItem> nodes) => new()
    {
        Languages = _site.Languages, DataTypes = _site.DataTypes, Templates = _site.Templates, ContentTypes = _site.ContentTypes, Nodes = nodes,
    };

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
