using System.Net;
using System.Text;
using ClinicCms.Web.Features.Media.Uploads;

namespace ClinicCms.Web.Tests.Features.Media;

public sealed class SvgSanitizerTests(MediaApplication site) : IClassFixture<MediaApplication>
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "<script> element")]
    [InlineData("<circle r=\"4\" onload=\"alert(1)\"/>", "event handler (onload")]
    [InlineData("<a href=\"javascript:alert(1)\"><circle r=\"4\"/></a>", "script link")]
    [InlineData("<a xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"java&#x09;script:alert(1)\"><circle r=\"4\"/></a>", "script link")]
    [InlineData("<image href=\"https://tracker.example/pixel.png\" width=\"1\" height=\"1\"/>", "outside resource")]
    [InlineData("<use href=\"other.svg#icon\"/>", "outside resource")]
    [InlineData("<rect width=\"4\" height=\"4\" fill=\"url(https://example.org/p.svg#g)\"/>", "outside resource")]
    [InlineData("<style>@import url(https://example.org/x.css);</style>", "imports an outside style sheet")]
    [InlineData("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>", "<foreignObject> element")]
    [InlineData("<set attributeName=\"href\" to=\"https://example.org\"/>", "changes a link")]
    public void Active_or_outside_content_is_refused_with_the_reason(string inner, string reason)
    {
        var (svg, _, _, problem) = SvgSanitizer.Sanitize(new MemoryStream(TestImages.Svg(inner)));

        Assert.Null(svg);
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Entities_are_refused()
    {
        var bomb = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>" +
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>";

        var (svg, _, _, problem) = SvgSanitizer.Sanitize(new MemoryStream(Encoding.UTF8.GetBytes(bomb)));

        Assert.Null(svg);
        Assert.Contains("DOCTYPE", problem);
    }

    [Fact]
    public void A_clean_drawing_keeps_its_shapes_and_internal_references_and_loses_editor_metadata()
    {
        var inkscape = TestImages.Svg(
            "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#7a2e5c\"/></linearGradient></defs>" +
            "<sodipodi:namedview xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" pagecolor=\"#fff\"/>" +
            "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></metadata>" +
            "<!-- exported by a drawing program -->" +
            "<rect xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" inkscape:label=\"Logo\" width=\"10\" height=\"10\" fill=\"url(#g)\"/>");

        var (svg, width, height, problem) = SvgSanitizer.Sanitize(new MemoryStream(inkscape));

        Assert.Null(problem);
        var text = Encoding.UTF8.GetString(svg!);
        Assert.Contains("fill=\"url(#g)\"", text);
        Assert.Contains("<linearGradient id=\"g\">", text);
        Assert.DoesNotContain("sodipodi", text);
        Assert.DoesNotContain("inkscape", text);
        Assert.DoesNotContain("metadata", text);
        Assert.DoesNotContain("exported", text);
        Assert.Equal((100, 80), (width, height));
    }

    [Fact]
    public async Task A_served_svg_is_sandboxed_so_it_cannot_run_script_even_when_opened_on_its_own()
    {
        var url = (await site.UploadAsync("icon.svg", TestImages.Svg())).Url;

        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
