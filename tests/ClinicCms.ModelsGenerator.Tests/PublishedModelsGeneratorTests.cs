using Microsoft.CodeAnalysis;

namespace ClinicCms.ModelsGenerator.Tests;

public sealed class PublishedModelsGeneratorTests
{
    // What a Razor template for an article does with its model.
    private const string ArticleTemplate = """
        using System.Linq;
        using ClinicCms.Web.PublishedModels;

        public static class ArticleTemplate
        {
            public static string Render(Article model) => string.Join("\n",
                model.Title ?? model.Name,
                model.Summary,
                string.Join("\n", model.Sections.Select(s => (s.Content.IsSubsection ? "### " : "## ") + s.Content.Heading + s.Content.Body)),
                model.ReviewedBy?.FullName,
                model.ReviewedBy?.Specialties.FirstOrDefault(),
                model.LastReviewed?.ToString("d MMMM yyyy"),
                model.HeroImage?.Url,
                model.MetaDescription,
                model.HideFromSearchEngines ? "noindex" : "index");

            public static string Home(Home home) => string.Join(",", home.FeaturedArticles.Select(a => a.Title)) + home.ClinicName + home.MedicalDisclaimer;

            public static string Seo(ISeoComposition page) => page.MetaTitle ?? "";
        }
        """;

    [Fact]
    public void A_template_compiles_against_the_models_generated_from_the_project_schema()
    {
        var (output, generatorDiagnostics, run) = GeneratorHarness.Compile(GeneratorHarness.ProjectFiles(), ArticleTemplate);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.Errors());
        var generated = run.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Superset(
            new HashSet<string> { "Home.g.cs", "ArticleList.g.cs", "Article.g.cs", "ArticleSection.g.cs", "SpecialistList.g.cs", "SpecialistProfile.g.cs", "ContentPage.g.cs", "Image.g.cs", "PublishedModelFactory.g.cs" },
            generated.ToHashSet());
    }

    [Fact]
    public void Properties_are_typed_by_their_editor_and_pickers_by_the_picked_type()
    {
        var (output, _, _) = GeneratorHarness.Compile(GeneratorHarness.ProjectFiles(), ArticleTemplate);
        var article = output.GetTypeByMetadataName("ClinicCms.Web.PublishedModels.Article")!;

        string TypeOf(string property) => article.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();

        Assert.Equal("string?", TypeOf("Title"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<ClinicCms.Core.Published.BlockListItem<ClinicCms.Web.PublishedModels.ArticleSection>>", TypeOf("Sections"));
        Assert.Equal("ClinicCms.Web.PublishedModels.SpecialistProfile?", TypeOf("ReviewedBy"));
        Assert.Equal("System.DateTime?", TypeOf("LastReviewed"));
        Assert.Equal("bool", TypeOf("HideFromSearchEngines"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<string>", TypeOf("Tags"));
        Assert.Equal("ClinicCms.Core.Published.MediaWithCrops?", TypeOf("HeroImage"));
        var section = output.GetTypeByMetadataName("ClinicCms.Web.PublishedModels.ArticleSection")!;
        Assert.Equal("Microsoft.AspNetCore.Html.IHtmlContent?", section.GetMembers("Body").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Contains(article.AllInterfaces, i => i.Name == "ISeoComposition");
    }

    [Fact]
    public void A_template_using_a_property_removed_from_the_document_type_fails_to_compile_with_a_clear_error()
    {
        var files = GeneratorHarness.ProjectFiles();
        files["ContentTypes/article.config"] = RemoveProperty(files["ContentTypes/article.config"], "title");

        var (output, _, _) = GeneratorHarness.Compile(files, ArticleTemplate);

        var errors = output.Errors().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal("CS1061", error.Id);
            Assert.Contains("'Article' does not contain a definition for 'Title'", error.GetMessage());
            Assert.Equal("Views/template.cs", error.Location.GetLineSpan().Path);
        });
    }

    [Fact]
    public void A_malformed_schema_file_is_reported_with_its_path_and_line()
    {
        var files = GeneratorHarness.ProjectFiles();
        files["ContentTypes/article.config"] = files["ContentTypes/article.config"].Replace("</Name>", "</Nmae>", StringComparison.Ordinal);

        var (_, diagnostics, _) = GeneratorHarness.Compile(files, "public static class Empty { }");

        var problem = Assert.Single(diagnostics);
        Assert.Equal("CMSMB001", problem.Id);
        Assert.EndsWith("ContentTypes/article.config", problem.Location.GetLineSpan().Path);
        Assert.Equal(3, problem.Location.GetLineSpan().StartLinePosition.Line);
    }

    private static string RemoveProperty(string xml, string alias)
    {
        var document = System.Xml.Linq.XDocument.Parse(xml.TrimStart('\uFEFF'));
        document.Descendants("GenericProperty").Single(p => (string?)p.Element("Alias") == alias).Remove();
        return document.ToString();
    }
}
