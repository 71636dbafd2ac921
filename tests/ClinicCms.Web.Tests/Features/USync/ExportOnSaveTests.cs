using ClinicCms.Core.Schema;
using ClinicCms.Core.USync;
using ClinicCms.Tests;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Schema;
using ClinicCms.Web.Features.USync;
using ClinicCms.Web.Features.USync.ExportOnSave;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.USync;

/// <summary><c>uSync:Settings:ExportOnSave</c>: saves made in the back office reach the uSync folder, as in uSync.</summary>
public sealed class ExportOnSaveTests : IAsyncDisposable
{
    private const string ArticleFile = "Content/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer.config";
    private readonly TempUSyncFolder _folder = new();
    private readonly CmsApplication _site;

    public ExportOnSaveTests() => _site = USyncTestSite.Start(_folder.Path, ("uSync:Settings:ExportOnSave", "All"));

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_start_up_import_writes_nothing_back()
    {
        await FlushAsync();

        using var original = new TempUSyncFolder();
        Assert.All(Directory.EnumerateFiles(_folder.Path, "*.config", SearchOption.AllDirectories), file =>
            Assert.Equal(File.ReadAllText(original.File(Path.GetRelativePath(_folder.Path, file))), File.ReadAllText(file)));
    }

    [Fact]
    public async Task A_saved_node_is_written_to_its_file_and_a_report_then_finds_it_unchanged()
    {
        await _site.EditAsync(StarterContent.ChemotherapyArticle, "metaTitle", "Chemotherapy for metastatic breast cancer", publish: true);
        await FlushAsync();

        Assert.Contains("<metaTitle>\n      <Value><![CDATA[Chemotherapy for metastatic breast cancer]]></Value>", _folder.Read(ArticleFile));
        var report = await _site.USyncAsync(usync => usync.ReportAsync(new USyncRunRequest(_folder.Path)));
        Assert.Empty(report.Plan!.Changes);
    }

    [Fact]
    public async Task A_renamed_data_type_gets_its_new_file_and_the_old_file_becomes_a_rename_marker()
    {
        var textarea = Guid.Parse("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3");
        await _site.InScopeAsync(async services =>
        {
            // What the back office's data type editor does: save the record.
            var db = services.GetRequiredService<CmsDbContext>();
            var row = await db.SchemaItems.AsTracking().SingleAsync(i => i.ItemType == USyncItemType.DataType && i.Key == textarea);
            row.Definition = SchemaItemJson.Serialize(SchemaItemJson.Deserialize<DataTypeDefinition>(row.Definition) with { Name = "Long text" });
            row.Alias = "Long text";
            await db.SaveChangesAsync();
        });
        await FlushAsync();

        Assert.Contains("<Name>Long text</Name>", _folder.Read("DataTypes/LongText.config"));
        Assert.EndsWith($"<Empty Key=\"{textarea}\" Alias=\"Textarea\" Change=\"Rename\" />", _folder.Read("DataTypes/Textarea.config"));
    }

    [Fact]
    public async Task A_deleted_node_leaves_a_delete_marker_in_place_of_its_file()
    {
        var key = await _site.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var node = await db.Nodes.AsTracking().SingleAsync(n => n.Name == "Medical disclaimer");
            db.Nodes.Remove(node);
            await db.SaveChangesAsync();
            return node.Key;
        });
        await FlushAsync();

        Assert.EndsWith($"<Empty Key=\"{key}\" Alias=\"Medical disclaimer\" Change=\"Delete\" Level=\"2\" />", _folder.Read("Content/medical-disclaimer.config"));
    }

    private Task FlushAsync() => _site.Services.GetRequiredService<USyncExportOnSaveQueue>().FlushAsync(TestContext.Current.CancellationToken);
}
