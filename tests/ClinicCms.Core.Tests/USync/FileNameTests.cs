using ClinicCms.Core.Schema;
using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Writing;
using ClinicCms.Tests;

namespace ClinicCms.Core.Tests.USync;

public sealed class FileNameTests
{
    [Fact]
    public void A_clash_suffix_is_umbracos_short_form_of_the_key()
    {
        // The Clean starter kit has two nodes named "Community"; uSync wrote the second as community_fa0pue2k.config.
        Assert.Equal("community_fa0pue2k.config", USyncFileNames.ClashName("community", Guid.Parse("13ea3528-c98a-4b0f-bb84-e036408a092a")));
    }

    [Theory]
    [InlineData("[BlockList] Main Content", "BlockListMainContent")]
    [InlineData("True/false", "Truefalse")]
    [InlineData("Textstring", "Textstring")]
    public void A_data_type_file_is_named_after_its_name_as_a_safe_alias(string name, string expected)
    {
        var dataType = new DataTypeDefinition { Key = Guid.NewGuid(), Name = name, EditorAlias = "Umbraco.TextBox" };

        Assert.Equal(expected, USyncFileNames.BaseName(dataType));
    }

    [Fact]
    public void A_domain_file_joins_the_domain_and_the_culture()
    {
        var domain = new DomainDefinition(Guid.NewGuid(), "https://localhost:44366/", false, "en-US", Guid.NewGuid(), null, null);

        Assert.Equal("https-localhost-44366_en-us", USyncFileNames.BaseName(domain));
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_corpus_file_has_the_name_uSync_gives_its_item(string site)
    {
        var set = USyncFolderReader.Read(CorpusSites.NewestFolder(site));
        var names = set.DataTypes.Select(e => (e.Source.File, Base: USyncFileNames.BaseName(e.Item), e.Item.Key))
            .Concat(set.AllContentTypes.Select(e => (e.Source.File, Base: USyncFileNames.BaseName(e.Item), e.Item.Key)))
            .Concat(set.Templates.Select(e => (e.Source.File, Base: USyncFileNames.BaseName(e.Item), e.Item.Key)))
            .Concat(set.Languages.Select(e => (e.Source.File, Base: USyncFileNames.BaseName(e.Item), e.Item.Key)))
            .Concat(set.Dictionary.Select(e => (e.Source.File, Base: USyncFileNames.BaseName(e.Item), e.Item.Key)))
            .Concat(set.Domains.Select(e => (e.Source.File, Base: USyncFileNames.BaseName(e.Item), e.Item.Key)))
            .Concat(set.Content.Concat(set.Media).Select(e => (e.Source.File, Base: USyncFileNames.BaseName(e.Item), e.Item.Key)));

        foreach (var (file, baseName, key) in names)
        {
            var name = file[(file.IndexOf('/') + 1)..];
            Assert.Contains(name, new[] { USyncFileNames.FileName(baseName), USyncFileNames.ClashName(baseName, key) });
        }
    }

    public static TheoryData<string> Sites() => [.. CorpusSites.Names];
}
