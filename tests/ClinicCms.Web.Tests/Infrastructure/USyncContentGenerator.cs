using System.Globalization;
using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Export;
using ClinicCms.Tests;

namespace ClinicCms.Web.Tests.Infrastructure;

/// <summary>
/// Writes a uSync folder holding the project's schema and starter content plus <c>count</c> generated articles (each
/// with a title, a summary, tags and three sections of rich text), written by the exporter so the files are exactly
/// what uSync would write. For import speed runs: <c>CLINICCMS_USYNC_NODES=10000</c> with <c>ImportSpeedTests</c>.
/// </summary>
public static class USyncContentGenerator
{
    private static readonly Guid Articles = Guid.Parse("3b52c067-66a6-48f0-b2c9-43555f0e59ff");
    private static readonly Guid ArticleSection = Guid.Parse("bab74772-16f3-4cdf-9232-d5595165bb24");
    private static readonly Guid ArticleTemplate = Guid.Parse("9418d079-4ab1-41d4-affe-46c611711397");

    public static async Task WriteAsync(string folder, int count)
    {
        var project = USyncState.From(USyncFolderReader.Read(TestPaths.ProjectUSync));
        var site = new USyncState
        {
            Languages = project.Languages,
            DataTypes = project.DataTypes,
            Templates = project.Templates,
            ContentTypes = project.ContentTypes,
            Nodes = [.. project.Nodes, .. Enumerable.Range(1, count).Select(Article)],
        };

        await USyncFolderWriter.WriteAsync(folder, USyncExporter.Export(site, USyncFolderIndex.Empty));
    }

    private static ContentItem Article(int n)
    {
        var sections = new BlockListValue(
            [.. Enumerable.Range(0, 3).Select(i => new BlockLayoutItem(Key(n, i + 1), null))],
            [.. Enumerable.Range(0, 3).Select(i => new BlockItemData(Key(n, i + 1), ArticleSection, PropertyValues.Empty
                .Set("heading", $"Section {i + 1} of article {n}")
                .Set("isSubsection", i == 2 ? "1" : "0")
                .Set("body", RichTextValue.ToStoredText($"<p>Paragraph {i + 1} of generated article {n}, about treatment and care.</p>"))))],
            []);

        return new ContentItem
        {
            Kind = ContentItemKind.Content,
            Key = Key(n, 0),
            Name = $"Generated article {n.ToString(CultureInfo.InvariantCulture)}",
            ParentKey = Articles,
            ContentTypeAlias = "article",
            CreateDate = new DateTime(2026, 1, 1).AddMinutes(n),
            SortOrder = n,
            Published = true,
            Template = new TypeReference(ArticleTemplate, "article"),
            Properties = PropertyValues.Empty
                .Set("title", $"Generated article {n}")
                .Set("summary", $"A generated article ({n}) used to measure how fast uSync content imports.")
                .Set("tags", """["generated","benchmark"]""")
                .Set("sections", sections.ToStoredText())
                .Set("hideFromSearchEngines", "1"),
        };
    }

    // Stable keys, so the same count always writes the same files.
    private static Guid Key(int article, int part) => new(article, (short)part, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0x01);
}
