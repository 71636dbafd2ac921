using System.Text.Json.Nodes;
using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.USync;
using ClinicCms.Tests;

namespace ClinicCms.Core.Tests.USync;

/// <summary>Umbraco 13 files (the corpus' <c>v9</c> folder) are read into the uSync 17 form.</summary>
public sealed class LegacyFormatTests
{
    private static readonly USyncSet Freelancer = USyncFolderReader.Read(CorpusSites.NewestFolder("prjseal__Umbraco-13-Series"));

    [Fact]
    public void Data_type_configuration_keys_become_camel_case_and_the_ui_alias_is_filled_in()
    {
        var blockList = Freelancer.DataTypes.Single(d => d.Item.Name == "[BlockList] - Social Links").Item;

        var config = blockList.ParseConfig();
        Assert.Equal("Umb.PropertyEditorUi.BlockList", blockList.EditorUiAlias);
        Assert.Null(blockList.DatabaseType);
        Assert.Equal(["blocks", "maxPropertyWidth", "useInlineEditingAsDefault", "useLiveEditing", "useSingleBlockMode", "validationLimit"], config.Select(p => p.Key));
        Assert.Equal("e80d9b21-a050-43d7-993c-839ef17e85a1", (string?)config["blocks"]![0]!["contentElementTypeKey"]);
    }

    [Fact]
    public void TinyMce_becomes_rich_text_and_media_picker_filters_use_media_type_keys()
    {
        var richText = Freelancer.DataTypes.Single(d => d.Item.Name == "Richtext editor").Item;
        var imagePicker = Freelancer.DataTypes.Single(d => d.Item.Name == "Image Media Picker").Item;
        var image = Freelancer.MediaTypes.Single(t => t.Item.Alias == "Image").Item;

        Assert.Equal("Umbraco.RichText", richText.EditorAlias);
        Assert.Equal("Umb.PropertyEditorUi.TinyMCE", richText.EditorUiAlias);
        Assert.Equal(image.Key.ToString(), (string?)imagePicker.ParseConfig()["filter"]);
        Assert.DoesNotContain(Freelancer.AllContentTypes.SelectMany(t => t.Item.Properties), p => p.EditorAlias == "Umbraco.TinyMCE");
    }

    [Fact]
    public void Is_list_view_becomes_the_list_view_key()
    {
        Assert.All(Freelancer.AllContentTypes, t => Assert.Null(t.Item.IsListView));
        Assert.All(Freelancer.AllContentTypes, t => Assert.NotNull(t.Item.ListView));
    }

    [Fact]
    public void A_block_list_value_with_element_udis_becomes_the_key_based_form()
    {
        const string legacy = """
            {"layout":{"Umbraco.BlockList":[{"contentUdi":"umb://element/f11788f115b741b293f4223eff17d5d8","settingsUdi":null}]},
             "contentData":[{"contentTypeKey":"1412bf58-d6d7-41b7-97f6-9badae387cd6","udi":"umb://element/f11788f115b741b293f4223eff17d5d8",
                             "heading":"Hello","body":"<p>Hi</p>","image":"[]"}],
             "settingsData":[]}
            """;
        var item = new ContentItem
        {
            Kind = ContentItemKind.Content,
            Key = Guid.NewGuid(),
            Name = "Page",
            ContentTypeAlias = "page",
            Properties = PropertyValues.Empty.Set("blocks", legacy),
        };

        var upgraded = Core.USync.Legacy.LegacyFormat.UpgradeContentItem(item)!;

        var value = JsonNode.Parse(upgraded.Properties.Get("blocks")!)!.AsObject();
        Assert.Equal("f11788f1-15b7-41b2-93f4-223eff17d5d8", (string?)value["Layout"]!["Umbraco.BlockList"]![0]!["contentKey"]);
        Assert.Equal("f11788f1-15b7-41b2-93f4-223eff17d5d8", (string?)value["contentData"]![0]!["key"]);
        Assert.Equal("f11788f1-15b7-41b2-93f4-223eff17d5d8", (string?)value["expose"]![0]!["contentKey"]);
        var blocks = BlockListValue.Parse(upgraded.Properties.Get("blocks"));
        Assert.Equal("Hello", blocks.ContentData.Single().Values.Get("heading"));
        Assert.Equal("<p>Hi</p>", blocks.ContentData.Single().Values.Get("body"));
        Assert.IsType<JsonArray>(value["contentData"]![0]!["values"]!.AsArray().Single(v => (string?)v!["alias"] == "image")!["value"]);
    }
}
