using System.Xml.Linq;
using ClinicCms.Tests;
using ClinicCms.Web.Features.Site;
using ClinicCms.Web.Features.Site.Pages;

namespace ClinicCms.Web.Tests.Features.Site;

/// <summary>
/// A node is printed by the slice named after its template: every template a page can use has one, and a template
/// that is missing, or prints another kind of page, fails with an error that says which file to add or change.
/// </summary>
public sealed class SiteTemplatesTests
{
    private static readonly SiteTemplates Templates = new();

    [Fact]
    public void Every_page_template_in_uSync_has_a_slice_and_the_layout_is_not_a_page()
    {
        var templates = Directory.GetFiles(Path.Combine(TestPaths.ProjectUSync, "Templates"), "*.config")
            .Select(file => XDocument.Load(file).Root!)
            .Select(t => (Alias: t.Attribute("Alias")!.Value, Parent: t.Element("Parent")?.Value))
            .ToList();
        var layouts = templates.Select(t => t.Parent).Where(p => !string.IsNullOrEmpty(p)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pages = templates.Select(t => t.Alias).Where(a => !layouts.Contains(a)).Order(StringComparer.OrdinalIgnoreCase);

        Assert.Contains("master", layouts);
        Assert.Equal(pages, Templates.Aliases.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_template_with_no_slice_names_the_file_to_add()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Templates.For("eventPage", Status()));

        Assert.Contains("Views/eventPage.cshtml", error.Message);
    }

    [Fact]
    public void A_template_given_another_kind_of_page_names_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Templates.For("article", Status()));

        Assert.Contains("Views/article.cshtml", error.Message);
        Assert.Contains("ArticlePage", error.Message);
        Assert.Contains("StatusPage", error.Message);
    }

    [Fact]
    public void Template_aliases_are_matched_as_Umbraco_matches_them_whatever_their_case()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Templates.For("ARTICLELIST", Status()));

        Assert.Contains("Views/articleList.cshtml", error.Message);
        Assert.Contains("ArticleListPage", error.Message);
    }

    private static StatusPage Status() => new()
    {
        StatusCode = 404,
        Head = new PageHead { Title = "Not found" },
        Site = new SiteChrome { ClinicName = "Clinic", Navigation = [] },
    };
}
