using System.Text.Json.Nodes;
using ClinicCms.Core.Content;
using ClinicCms.Core.USync;
using ClinicCms.Tests;

namespace ClinicCms.Core.Tests.Content;

public sealed class PackedPropertyValuesTests
{
    private static readonly USyncSet Project = USyncFolderReader.Read(TestPaths.ProjectUSync);

    [Fact]
    public void Every_value_of_the_project_content_reads_the_same_after_packing()
    {
        foreach (var item in Project.Content.Select(c => c.Item))
        {
            var unpacked = PackedPropertyValues.Unpack(PackedPropertyValues.Pack(item.Properties));

            Assert.Equal(item.Properties.Aliases, unpacked.Aliases);
            foreach (var (alias, values) in item.Properties)
            {
                var after = unpacked[alias];
                Assert.Equal(values.Length, after.Length);
                for (var i = 0; i < values.Length; i++)
                {
                    Assert.Equal((values[i].Culture, values[i].Segment), (after[i].Culture, after[i].Segment));
                    AssertSameValue(values[i].Value, after[i].Value, $"{item.Name}: {alias}");
                }
            }
        }
    }

    [Fact]
    public void Json_values_are_minified_and_unescaped()
    {
        var stored = "{\n  \"blocks\": null,\n  \"markup\": \"\\u003Cp\\u003EPatients\\u2019 questions\\u003C/p\\u003E\"\n}";

        var unpacked = PackedPropertyValues.Unpack(PackedPropertyValues.Pack(PropertyValues.Empty.Set("bodyText", stored)));

        Assert.Equal("{\"blocks\":null,\"markup\":\"<p>Patients\u2019 questions</p>\"}", unpacked.Get("bodyText"));
    }

    [Theory]
    [InlineData("[Placeholder: the clinic must replace this text] Articles about breast cancer.")]
    [InlineData("{not json")]
    [InlineData("[1] [2]")]
    [InlineData("3")]
    [InlineData("umb://document/4e8326c8027f47bb935f3ccd802939a5")]
    public void Text_that_is_not_a_single_json_value_is_kept_as_written(string text)
    {
        var unpacked = PackedPropertyValues.Unpack(PackedPropertyValues.Pack(PropertyValues.Empty.Set("introduction", text)));

        Assert.Equal(text, unpacked.Get("introduction"));
    }

    [Fact]
    public void Values_per_culture_and_segment_are_kept_apart()
    {
        var values = PropertyValues.Empty
            .Set("title", "Breast cancer")
            .Set("title", "স্তন ক্যান্সার", culture: "bn-IN")
            .Set("title", "Short title", culture: "en-IN", segment: "mobile");

        var unpacked = PackedPropertyValues.Unpack(PackedPropertyValues.Pack(values));

        Assert.Equal("Breast cancer", unpacked.Get("title"));
        Assert.Equal("স্তন ক্যান্সার", unpacked.Get("title", "bn-IN"));
        Assert.Equal("Short title", unpacked.Get("title", "en-IN", "mobile"));
    }

    [Fact]
    public void The_seed_article_packs_to_a_fraction_of_its_stored_json()
    {
        var article = Project.Content.Single(c => c.Item.ContentTypeAlias == "article").Item;
        var stored = PropertyValuesJson.Serialize(article.Properties);

        var packed = PackedPropertyValues.Pack(stored);

        Assert.True(packed.Length * 4 < stored.Length, $"packed {packed.Length} bytes from {stored.Length} characters of stored JSON");
        Assert.Equal(article.Properties.Get("title"), PackedPropertyValues.Unpack(packed).Get("title"));
    }

    [Fact]
    public void A_long_article_s_short_values_read_without_its_long_texts()
    {
        var article = Project.Content.Single(c => c.Item.ContentTypeAlias == "article").Item;
        var packed = PackedPropertyValues.Pack(article.Properties);

        // Damage the compressed long texts: the short values must still read, the long ones must not.
        packed[^3] ^= 0x5A;
        packed[^2] ^= 0x5A;

        Assert.True(PackedPropertyValues.TryReadShort(packed, "title", out var title));
        Assert.Equal(article.Properties.Get("title"), title.Get("title"));
        Assert.True(PackedPropertyValues.TryReadShort(packed, "TAGS", out var tags));
        Assert.Equal(PackedPropertyValues.Compact(article.Properties.Get("tags")!), tags.Get("tags"));
        Assert.True(PackedPropertyValues.TryReadShort(packed, "noSuchProperty", out var none));
        Assert.Null(none.Get("noSuchProperty"));
        Assert.False(PackedPropertyValues.TryReadShort(packed, "sections", out _));
        Assert.Throws<InvalidDataException>(() => PackedPropertyValues.Unpack(packed));
    }

    [Fact]
    public void Without_its_long_texts_an_article_keeps_its_short_values_and_the_size_of_the_rest()
    {
        var article = Project.Content.Single(c => c.Item.ContentTypeAlias == "article").Item;
        var packed = PackedPropertyValues.Pack(article.Properties);

        var kept = PackedPropertyValues.WithoutLongTexts(packed);

        Assert.True(PackedPropertyValues.IsWithoutLongTexts(kept));
        Assert.False(PackedPropertyValues.IsWithoutLongTexts(packed));
        Assert.True(kept.Length * 4 < packed.Length, $"kept {kept.Length} of {packed.Length} bytes");
        Assert.Equal(PackedPropertyValues.UnpackedLength(packed), PackedPropertyValues.UnpackedLength(kept));
        Assert.True(PackedPropertyValues.TryReadShort(kept, "title", out var title));
        Assert.Equal(article.Properties.Get("title"), title.Get("title"));
        Assert.False(PackedPropertyValues.TryReadShort(kept, "sections", out _));
        Assert.Contains("unpack the stored form", Assert.Throws<InvalidOperationException>(() => PackedPropertyValues.Unpack(kept)).Message);

        var shortOnly = PackedPropertyValues.UnpackShort(kept);
        Assert.Equal(article.Properties.Get("title"), shortOnly.Get("title"));
        Assert.Null(shortOnly.Get("sections"));
    }

    [Fact]
    public void Two_articles_that_differ_only_in_a_long_text_differ_without_it_too()
    {
        var article = Project.Content.Single(c => c.Item.ContentTypeAlias == "article").Item;
        var sections = article.Properties.Get("sections")!;
        var edited = article.Properties.Set("sections", sections.Replace("chemotherapy", "chemotherapz", StringComparison.Ordinal));

        var before = PackedPropertyValues.WithoutLongTexts(PackedPropertyValues.Pack(article.Properties));
        var after = PackedPropertyValues.WithoutLongTexts(PackedPropertyValues.Pack(edited));

        Assert.Equal(before.Length, after.Length);
        Assert.False(before.AsSpan().SequenceEqual(after), "the long texts' hash tells the two apart (the search index signature relies on it)");
    }

    [Fact]
    public void Values_too_short_to_split_are_kept_whole()
    {
        var packed = PackedPropertyValues.Pack(PropertyValues.Empty.Set("title", "Breast cancer"));

        Assert.Same(packed, PackedPropertyValues.WithoutLongTexts(packed));
        Assert.Equal("Breast cancer", PackedPropertyValues.Unpack(PackedPropertyValues.WithoutLongTexts(packed)).Get("title"));
    }

    [Fact]
    public void Damaged_packed_values_are_refused_with_a_clear_error()
    {
        var packed = PackedPropertyValues.Pack(PropertyValues.Empty.Set("summary", new string('x', 4000)));
        packed[^3] ^= 0x5A;
        packed[^2] ^= 0x5A;

        var error = Assert.Throws<InvalidDataException>(() => PackedPropertyValues.Unpack(packed));
        Assert.Contains("damaged", error.Message);
        Assert.Contains("unknown format", Assert.Throws<InvalidDataException>(() => PackedPropertyValues.Unpack([9, 1, 2])).Message);
    }

    private static void AssertSameValue(string before, string after, string where)
    {
        if (before == after)
        {
            return;
        }

        var parsedBefore = JsonNode.Parse(before);
        Assert.True(JsonNode.DeepEquals(parsedBefore, JsonNode.Parse(after)), $"{where} reads differently after packing");
    }
}
