using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Schema;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.Published;

/// <summary>What the published snapshot loads from each version row: its URL segment and its packed values.</summary>
public sealed class SnapshotStorageTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    [Fact]
    public async Task Imported_and_saved_versions_carry_their_url_segment_and_packed_values()
    {
        var result = await site.EditAsync(StarterContent.AboutUs, "bodyText", "{\"blocks\":null,\"markup\":\"<p>Our team</p>\"}", publish: true);
        Assert.True(result.Published, result.Message);

        var versions = await site.InScopeAsync(services => services.GetRequiredService<CmsDbContext>().Versions
            .Select(v => new { v.Name, v.UrlSegment, v.PackedValues, v.Values }).ToListAsync());

        Assert.NotEmpty(versions);
        Assert.All(versions, v =>
        {
            Assert.Equal(UrlSegments.ForName(v.Name), v.UrlSegment);
            var stored = PropertyValuesJson.Deserialize(v.Values);
            var unpacked = PackedPropertyValues.Unpack(v.PackedValues);
            Assert.Equal(stored.Aliases, unpacked.Aliases);
            Assert.All(stored.Aliases, alias => Assert.Equal(PackedPropertyValues.Compact(stored.Get(alias) ?? ""), unpacked.Get(alias) ?? ""));
        });
    }

    [Fact]
    public async Task The_snapshot_keeps_an_article_s_short_values_and_reads_its_text_from_the_published_version()
    {
        var data = site.Services.GetRequiredService<PublishedSnapshotService>().Current.Data(StarterContent.ChemotherapyArticle)!;
        var publishedVersion = await site.InScopeAsync(services => services.GetRequiredService<CmsDbContext>().Nodes
            .Where(n => n.Key == StarterContent.ChemotherapyArticle).Select(n => n.PublishedVersionId).SingleAsync());

        Assert.True(PackedPropertyValues.IsWithoutLongTexts(data.PackedValues));
        Assert.Equal(publishedVersion, data.VersionId);

        var page = await site.CreateClient().GetDocumentAsync(StarterContent.ArticleUrl);
        Assert.Contains("What is chemotherapy?", page.QuerySelector("main")!.TextContent);
    }
}

/// <summary>Rows written before the packed form existed (or by hand) are read through their JSON instead.</summary>
public sealed class SnapshotStorageFallbackTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    [Fact]
    public async Task Rows_written_without_the_packed_form_still_load_into_the_snapshot()
    {
        await site.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            await db.Versions.ExecuteUpdateAsync(s => s.SetProperty(v => v.PackedValues, (byte[]?)null).SetProperty(v => v.UrlSegment, (string?)null));
            await services.GetRequiredService<PublishedSnapshotService>().LoadAllAsync(db, services.GetRequiredService<SchemaService>().Current);
        });

        var page = await site.CreateClient().GetDocumentAsync(StarterContent.ArticleUrl);

        Assert.Equal("Effectiveness of chemotherapy in treating metastatic breast cancer", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("What is chemotherapy?", page.QuerySelector("main")!.TextContent);
    }
}
