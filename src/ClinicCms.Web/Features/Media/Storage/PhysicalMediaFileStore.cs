namespace ClinicCms.Web.Features.Media.Storage;

/// <summary>Media files in a folder of the server (<see cref="MediaPaths.MediaRoot"/>).</summary>
public sealed class PhysicalMediaFileStore(MediaPaths paths) : IMediaFileStore
{
    public async Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var created = false;
        try
        {
            await using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            created = true;
            await content.CopyToAsync(file, cancellationToken);
        }
        catch when (created)
        {
            // A half-written file must not stay behind.
            File.Delete(full);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = FullPath(path);
        Stream? stream = File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task<MediaFileInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(FullPath(path));
        return Task.FromResult(info.Exists ? new MediaFileInfo(info.Length, info.LastWriteTimeUtc) : null);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = FullPath(path);
        File.Delete(full);
        var folder = Path.GetDirectoryName(full)!;
        if (Directory.Exists(folder) && folder != paths.MediaRoot && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }

        return Task.CompletedTask;
    }

    /// <summary>The full path of a store path; refuses anything that would leave the media root.</summary>
    public string FullPath(string path)
    {
        var root = Path.GetFullPath(paths.MediaRoot) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!full.StartsWith(root, StringComparison.Ordinal) || path.Contains('\\') || path.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"\"{path}\" is not a path inside the media folder.", nameof(path));
        }

        return full;
    }
}
