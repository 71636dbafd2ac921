using ClinicCms.Tests;
using ClinicCms.Web.Data;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.USync;

/// <summary>
/// The project's uSync folder plus 1,200 copies of the seed article (keys and names changed), imported on first boot:
/// more content than the importer writes in one chunk.
/// </summary>
public sealed class LargeSite : CmsApplication
{
    public const int Copies = 1200;

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"cliniccms-large-{Guid.NewGuid():N}");

    public LargeSite()
    {
        var version = Path.Combine(_root, "v17");
        foreach (var file in Directory.EnumerateFiles(TestPaths.ProjectUSync, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(version, Path.GetRelativePath(TestPaths.ProjectUSync, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var seed = File.ReadAllText(Path.Combine(version, "Content", "effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer.config"));
        for (var i = 1; i <= Copies; i++)
        {
            var copy = seed
                .Replace("ba1ba528-a742-466a-a9be-b8d98b905a00", ArticleKey(i).ToString(), StringComparison.Ordinal)
                .Replace("Effectiveness of chemotherapy in treating metastatic breast cancer", $"Chemotherapy question {i}", StringComparison.Ordinal)
                .Replace("<SortOrder>0</SortOrder>", $"<SortOrder>{i}</SortOrder>", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(version, "Content", $"chemotherapy-question-{i}.config"), copy);
        }

        Settings["uSync:Folder"] = _root;
    }

    public static Guid ArticleKey(int i) => Guid.Parse($"00000000-0000-4000-8000-{i:D12}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}

public sealed class LargeImportTests(LargeSite site) : IClassFixture<LargeSite>
{
    [Fact]
    public async Task Every_imported_node_gets_its_path_and_its_published_version()
    {
        var rows = await site.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            return db.Nodes.Select(n => new
            {
                n.Id, n.Key, n.ParentKey, n.Path, n.DraftVersionId, n.PublishedVersionId,
                Versions = db.Versions.Where(v => v.NodeId == n.Id).Select(v => v.Id).ToList(),
            }).ToListAsync();
        });

        Assert.Equal(9 + LargeSite.Copies, rows.Count);
        var byKey = rows.ToDictionary(r => r.Key);
        Assert.All(rows, row =>
        {
            var version = Assert.Single(row.Versions);
            Assert.Equal(version, row.DraftVersionId);
            Assert.Equal(version, row.PublishedVersionId);
            var expectedParentPath = row.ParentKey == Guid.Empty ? "-1" : byKey[row.ParentKey].Path;
            Assert.Equal($"{expectedParentPath},{row.Id}", row.Path);
        });
    }

    [Fact]
    public async Task The_last_imported_article_is_served_and_the_list_shows_every_copy()
    {
        var client = site.CreateClient();

        var page = await client.GetDocumentAsync($"/articles/chemotherapy-question-{LargeSite.Copies}/");
        var list = await client.GetDocumentAsync("/articles/");

        Assert.Equal($"Chemotherapy question {LargeSite.Copies}", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("What is chemotherapy?", page.QuerySelector("main")!.TextContent);
        Assert.Equal(1 + LargeSite.Copies, list.QuerySelectorAll("main ul.cards > li.card").Length);
    }
}
