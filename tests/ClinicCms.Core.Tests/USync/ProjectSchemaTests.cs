using ClinicCms.Tests;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.USync;

namespace ClinicCms.Core.Tests.USync;

using ClinicCms.Tests;

/// <summary>Golden checks on the project's own uSync folder: it reads cleanly and describes the clinic's site.</summary>
public sealed class ProjectSchemaTests
{
    private static readonly USyncSet Set = USyncFolderReader.Read(TestPaths.ProjectUSync);

    [Fact]
    public void The_project_folder_reads_and_validates_without_any_problem()
    {
        var problems = Set.Problems.Concat(USyncSetValidator.Validate(Set)).ToList();

        Assert.Empty(problems);
        Assert.Equal("17.0.0.0", Set.USyncVersion);
    }

    [Fact]
    public void The_tree_is_home_then_lists_then_pages()
    {
        var schema = Set.ToRegistry();

        Assert.Equal(["home"], schema.AllowedChildren(null).Select(t => t.Alias));
        Assert.Equal(["articleList", "contentPage", "specialistList"], schema.AllowedChildren("home").Select(t => t.Alias).Order());
        Assert.Equal(["article"], schema.AllowedChildren("articleList").Select(t => t.Alias));
        Assert.Equal(["specialistProfile"], schema.AllowedChildren("specialistList").Select(t => t.Alias));
    }

    [Fact]
    public void An_article_has_its_own_properties_and_both_compositions()
    {
        var article = Set.ToRegistry().ComposeDocumentType("article")!;
        var aliases = article.Properties.Select(p => p.Alias).ToHashSet();

        Assert.Superset(new HashSet<string> { "title", "summary", "sections", "heroImage", "tags", "metaTitle", "metaDescription", "hideFromSearchEngines", "reviewedBy", "lastReviewed", "nextReviewDue" }, aliases);
        Assert.Equal("Umbraco.BlockList", article.Property("sections")!.EditorAlias);
        Assert.Equal("Content", article.Groups[0].Caption);
    }

    [Fact]
    public void Article_sections_are_blocks_of_the_article_section_element_type()
    {
        var schema = Set.ToRegistry();
        var sections = schema.ComposeDocumentType("article")!.Property("sections")!;
        var allowed = sections.DataType.ParseConfig()["blocks"]!.AsArray().Select(b => Guid.Parse((string)b!["contentElementTypeKey"]!));

        var element = schema.ContentType(Assert.Single(allowed))!;
        Assert.Equal("articleSection", element.Alias);
        Assert.True(element.IsElement);
        Assert.Equal(["body", "heading", "image", "isSubsection"], element.Properties.Select(p => p.Alias).Order());
    }

    [Fact]
    public void The_seed_article_has_one_block_per_heading_in_order()
    {
        var article = Set.Content.Single(c => c.Item.ContentTypeAlias == "article").Item;
        var blocks = BlockListValue.Parse(article.Properties.Get("sections")).Items().Select(i => i.Content).ToList();

        Assert.Equal(
            ["What is chemotherapy?", "Aspects of chemotherapy", "Targeting metastases", "Combination therapy", "Managing the symptoms", "Reducing tumour size", "Personalized treatment", null],
            blocks.Select(b => b.Values.Get("heading")));
        Assert.Equal(5, blocks.Count(b => b.Values.Get("isSubsection") == "1"));
    }
}
