using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Validation;

namespace ClinicCms.Core.Tests.Validation;

public sealed class ContentValidatorTests
{
    private static readonly Guid SectionKey = Guid.Parse("bab74772-16f3-4cdf-9232-d5595165bb24");
    private static readonly Guid PageKey = Guid.NewGuid();

    private static readonly Schema.SchemaRegistry Schema = new SchemaBuilder()
        .BlockListOf(SectionKey, min: 1)
        .Type("section", SectionKey, t => t
            .Property("heading", SchemaBuilder.ShortText, "Umbraco.TextBox", mandatory: true)
            .Property("body", SchemaBuilder.RichText, "Umbraco.RichText"), isElement: true)
        .Type("page", PageKey, t => t
            .Property("title", SchemaBuilder.TextBox, "Umbraco.TextBox", mandatory: true)
            .Property("phone", SchemaBuilder.TextBox, "Umbraco.TextBox", validation: @"^\+?[0-9 ]{7,}$", message: "Enter a phone number such as +91 33 1234 5678.")
            .Property("sections", SchemaBuilder.BlockList, "Umbraco.BlockList"))
        .Build();

    private static IReadOnlyList<ValidationProblem> Validate(PropertyValues values) =>
        new ContentValidator(Schema).Validate(Schema.ComposeDocumentType("page")!, values);

    private static string Sections(params (string? Heading, string? Body)[] blocks) => new BlockListValue(
        [.. blocks.Select((_, i) => new BlockLayoutItem(Key(i), null))],
        [.. blocks.Select((b, i) => new BlockItemData(Key(i), SectionKey, PropertyValues.Empty
            .Set("heading", b.Heading)
            .Set("body", b.Body is null ? null : RichTextValue.ToStoredText(b.Body))))],
        []).ToStoredText();

    private static Guid Key(int i) => Guid.Parse($"00000000-0000-4000-8000-{i:D12}");

    [Fact]
    public void A_missing_mandatory_value_is_reported_at_its_field()
    {
        var problems = Validate(PropertyValues.Empty.Set("sections", Sections(("Intro", "<p>x</p>"))));

        var problem = Assert.Single(problems);
        Assert.Equal("title", problem.Path);
        Assert.Equal("Title is required.", problem.Message);
    }

    [Fact]
    public void A_value_that_does_not_match_the_pattern_gets_the_schema_message()
    {
        var problems = Validate(PropertyValues.Empty.Set("title", "T").Set("phone", "call us").Set("sections", Sections(("Intro", null))));

        Assert.Equal([("phone", "Enter a phone number such as +91 33 1234 5678.")], problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void A_problem_inside_a_block_names_the_block_and_the_field()
    {
        var problems = Validate(PropertyValues.Empty.Set("title", "T").Set("sections", Sections(("Fine", null), (null, "<p>No heading</p>"), ("Far too long a heading", null))));

        Assert.Equal(["sections[1].heading", "sections[2].heading"], problems.Select(p => p.Path));
        Assert.Contains("limit is 10", problems[1].Message);
    }

    [Fact]
    public void An_empty_block_list_breaks_its_minimum()
    {
        var problems = Validate(PropertyValues.Empty.Set("title", "T").Set("sections", Sections()));

        Assert.Equal("sections", Assert.Single(problems).Path);
    }

    [Theory]
    [InlineData("<p></p>")]
    [InlineData("<p>&nbsp;</p><p><br></p>")]
    public void Rich_text_with_nothing_in_it_counts_as_empty(string markup) =>
        Assert.True(ValueEmptiness.IsEmpty("Umbraco.RichText", RichTextValue.ToStoredText(markup)));
}
