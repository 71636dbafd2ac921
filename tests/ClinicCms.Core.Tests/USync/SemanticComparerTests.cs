using System.Xml.Linq;
using ClinicCms.Core.USync.Compare;

namespace ClinicCms.Core.Tests.USync;

public sealed class SemanticComparerTests
{
    private readonly USyncSemanticComparer _comparer = new();

    [Fact]
    public void Key_order_boolean_case_guid_spelling_and_empty_elements_do_not_count()
    {
        var a = XElement.Parse("""
            <Content Key="C0FFEE00-1234-4ABC-9DEF-0123456789AB" Alias="Page" Level="1">
              <Info><Trashed>False</Trashed><Template /></Info>
              <Properties><body><Value><![CDATA[{"markup": "<p>x</p>", "blocks": null}]]></Value></body></Properties>
            </Content>
            """);
        var b = XElement.Parse("""
            <Content Key="c0ffee00-1234-4abc-9def-0123456789ab" Alias="Page" Level="1">
              <Info><Trashed>false</Trashed></Info>
              <Properties><body><Value><![CDATA[{
              "blocks": null,
              "markup": "\u003Cp\u003Ex\u003C/p\u003E"
            }]]></Value></body><empty><Value><![CDATA[]]></Value></empty></Properties>
            </Content>
            """);

        Assert.Empty(_comparer.Compare(a, b));
    }

    [Fact]
    public void A_changed_value_is_reported_with_its_path()
    {
        var a = XElement.Parse("""<Content Key="c0ffee00-1234-4abc-9def-0123456789ab" Alias="Page"><Properties><title><Value><![CDATA[Old]]></Value></title></Properties></Content>""");
        var b = XElement.Parse("""<Content Key="c0ffee00-1234-4abc-9def-0123456789ab" Alias="Page"><Properties><title><Value><![CDATA[New]]></Value></title></Properties></Content>""");

        var difference = Assert.Single(_comparer.Compare(a, b));

        Assert.Equal("Properties/title/Value", difference.Field);
        Assert.Contains("Old", difference.Current);
        Assert.Contains("New", difference.Incoming);
    }

    [Fact]
    public void An_umbraco_13_block_value_equals_the_same_blocks_in_the_umbraco_15_form()
    {
        var v13 = XElement.Parse("""
            <Content Key="c0ffee00-1234-4abc-9def-0123456789ab" Alias="Page"><Properties><blocks><Value><![CDATA[
            {"layout":{"Umbraco.BlockList":[{"contentUdi":"umb://element/f11788f115b741b293f4223eff17d5d8"}]},
             "contentData":[{"contentTypeKey":"1412bf58-d6d7-41b7-97f6-9badae387cd6","udi":"umb://element/f11788f115b741b293f4223eff17d5d8","heading":"Hi"}],
             "settingsData":[]}]]></Value></blocks></Properties></Content>
            """);
        var v15 = XElement.Parse("""
            <Content Key="c0ffee00-1234-4abc-9def-0123456789ab" Alias="Page"><Properties><blocks><Value><![CDATA[
            {"contentData":[{"contentTypeKey":"1412bf58-d6d7-41b7-97f6-9badae387cd6","key":"f11788f1-15b7-41b2-93f4-223eff17d5d8","udi":null,
              "values":[{"alias":"heading","culture":null,"editorAlias":null,"segment":null,"value":"Hi"}]}],
             "settingsData":[],"expose":[{"contentKey":"f11788f1-15b7-41b2-93f4-223eff17d5d8","culture":null,"segment":null}],
             "Layout":{"Umbraco.BlockList":[{"contentKey":"f11788f1-15b7-41b2-93f4-223eff17d5d8","contentUdi":null,"settingsKey":null,"settingsUdi":null}]}}
            ]]></Value></blocks></Properties></Content>
            """);

        Assert.Empty(_comparer.Compare(v13, v15));
        Assert.NotEmpty(_comparer.Compare(v13, XElement.Parse(v15.ToString().Replace("\"Hi\"", "\"Bye\"", StringComparison.Ordinal))));
    }
}
