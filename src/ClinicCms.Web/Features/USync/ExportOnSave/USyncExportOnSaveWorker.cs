using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Export;
using ClinicCms.Core.USync.Writing;
using ClinicCms.Web.Data;

namespace ClinicCms.Web.Features.USync.ExportOnSave;

/// <summary>
/// Writes the files of saved items in the background, a batch at a time: each saved item's file as a full export
/// would name and write it (older files of the same item become <c>Rename</c> markers), and a <c>Delete</c> marker in
/// place of the file of an item that no longer exists, as uSync does, so the deletion reaches other environments.
/// </summary>
public sealed class USyncExportOnSaveWorker(
    USyncExportOnSaveQueue queue,
    IServiceScopeFactory scopes,
    USyncFolder folder,
    ILogger<USyncExportOnSaveWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            var batch = new List<USyncSavedItem>();
            while (queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                await ExportAsync(batch, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed export must never break the save that caused it; the next save or an export catches up.
                logger.LogError(e, "uSync ExportOnSave could not write {Count} item(s)", batch.Count);
            }
            finally
            {
                queue.Done(batch.Count);
            }
        }
    }

    private async Task ExportAsync(List<USyncSavedItem> batch, CancellationToken cancellationToken)
    {
        var target = folder.ExportFolder;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var types = batch.Select(b => b.Type).ToHashSet();
        var state = await USyncStateLoader.LoadAsync(db, types.Any(t => !t.IsSchema()), cancellationToken);
        var index = USyncFolderIndex.Read(target);
        var keys = batch.Select(b => b.Key).ToHashSet();

        var files = USyncExporter.Export(state, index, types.Contains)
            .Where(f => keys.Contains(f.Key) && f.Type is not null)
            .ToList();
        if (!File.Exists(Path.Combine(target, "usync.config")))
        {
            files.AddRange(USyncExporter.Export(USyncState.Empty, USyncFolderIndex.Empty).Where(f => f.Type is null));
        }

        var written = files.Select(f => f.Key).ToHashSet();
        foreach (var deleted in batch.Where(b => !written.Contains(b.Key)).DistinctBy(b => b.Key))
        {
            var folderName = deleted.Type.Folder();
            foreach (var old in index.InFolder(folderName).Where(f => f.Key == deleted.Key && f.Empty is null))
            {
                var marker = new EmptyMarker(deleted.Key, old.Alias, EmptyChange.Delete, deleted.Type.IsSchema() ? null : old.Level, null);
                files.Add(new USyncExportFile(old.Path, deleted.Type, deleted.Key, old.Alias, USyncXml.ToBytes(EmptyWriter.Write(marker))));
            }
        }

        var results = await USyncFolderWriter.WriteAsync(target, files, cancellationToken);
        logger.LogInformation("uSync ExportOnSave: {Written} file(s) written to {Folder}", results.Count(r => r.Change != USyncFileChange.Unchanged), target);
    }
}
