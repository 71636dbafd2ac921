namespace ClinicCms.Core.USync.Export;

/// <summary>Writes export files into a version folder, touching only files whose bytes change.</summary>
public static class USyncFolderWriter
{
    public static async Task<IReadOnlyList<USyncExportFile>> WriteAsync(string folder, IEnumerable<USyncExportFile> files, CancellationToken cancellationToken = default)
    {
        var results = new List<USyncExportFile>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            var exists = File.Exists(path);
            if (exists && (await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(file.Bytes))
            {
                results.Add(file with { Change = file.Change == USyncFileChange.RenameMarker ? file.Change : USyncFileChange.Unchanged });
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Bytes, cancellationToken);
            results.Add(file with { Change = file.Change == USyncFileChange.RenameMarker ? file.Change : exists ? USyncFileChange.Updated : USyncFileChange.Created });
        }

        return results;
    }
}
