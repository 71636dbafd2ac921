using ClinicCms.Core.USync;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// What happens to the uSync folder at start-up: the schema is imported when its files changed (by hash; a no-op
/// otherwise), and the starter content only into a site that has none.
/// </summary>
public sealed class USyncStartup(USyncImporter importer, USyncFolder folder, CmsDbContext db, IOptions<USyncOptions> options, ILogger<USyncStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value.Settings;
        var versionFolder = folder.VersionFolder;
        if (versionFolder is null)
        {
            logger.LogInformation("No uSync folder found at {Folder}; nothing to import", folder.Root);
            return;
        }

        var siteIsEmpty = !await db.Nodes.AnyAsync(cancellationToken);
        var hasSchema = await db.SchemaItems.AnyAsync(cancellationToken);
        var importAll = settings.ImportAtStartup.Equals("All", StringComparison.OrdinalIgnoreCase);
        var importSchema = importAll || settings.ImportAtStartup.Equals("Settings", StringComparison.OrdinalIgnoreCase) || !hasSchema;
        var importContent = importAll || (siteIsEmpty && settings.ImportOnFirstBoot);
        if (!importSchema && !importContent)
        {
            return;
        }

        var set = USyncFolderReader.Read(versionFolder, type => type.IsSchema() || importContent);
        var schemaChanged = set.SchemaHash != await importer.GetAsync(USyncImporter.SchemaHashKey, cancellationToken);
        var contentChanged = importContent && (siteIsEmpty || set.ContentHash != await importer.GetAsync(USyncImporter.ContentHashKey, cancellationToken));
        if (!schemaChanged && !contentChanged)
        {
            logger.LogDebug("uSync files unchanged since the last import");
            return;
        }

        try
        {
            var count = await importer.ImportAsync(set, includeContent: contentChanged, cancellationToken);
            logger.LogInformation("uSync: imported {Count} items from {Folder}", count, versionFolder);
        }
        catch (USyncImportException e) when (hasSchema)
        {
            // Keep serving the schema the site already has; the log names every broken file and line.
            logger.LogError("{Message}", e.Message);
        }
    }
}
