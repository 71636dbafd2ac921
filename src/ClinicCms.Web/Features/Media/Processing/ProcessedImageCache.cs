using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.Media.Processing;

/// <summary>
/// Processed images on disk (Umbraco's place: <c>umbraco/Data/TEMP/MediaCache</c>), one folder per media item so
/// they can be dropped together when the item is deleted or its focal point moves. At most
/// <see cref="MediaOptions.MaxCachedVariantsPerImage"/> files are kept per item; the oldest go first.
/// </summary>
public sealed class ProcessedImageCache(MediaPaths paths, IOptions<MediaOptions> options, ILogger<ProcessedImageCache> logger)
{
    /// <summary>A short, file-safe name for a source file and command; also the response's ETag.</summary>
    public static string Hash(string source, ImageCommand command) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source + "|" + command.CacheKey)))[..20];

    public string PathFor(Guid mediaKey, string hash, ImageOutputFormat format) =>
        Path.Combine(paths.CacheFolder, mediaKey.ToString("N"), $"{hash}.{format.Extension}");

    /// <summary>Writes a processed image atomically (another request reading it never sees half a file).</summary>
    public async Task WriteAsync(Guid mediaKey, string path, byte[] data, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, data, cancellationToken);
        File.Move(temp, path, overwrite: true);
        Trim(folder);
    }

    /// <summary>Drops every processed version of a media item.</summary>
    public void Remove(Guid mediaKey)
    {
        var folder = Path.Combine(paths.CacheFolder, mediaKey.ToString("N"));
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not remove processed images in {Folder}", folder);
        }
    }

    private void Trim(string folder)
    {
        var files = new DirectoryInfo(folder).GetFiles().Where(f => f.Extension != ".tmp").ToList();
        var excess = files.Count - options.Value.MaxCachedVariantsPerImage;
        foreach (var file in files.OrderBy(f => f.LastWriteTimeUtc).Take(Math.Max(0, excess)))
        {
            try
            {
                file.Delete();
            }
            catch (IOException)
            {
                // Being read right now; the next trim takes it.
            }
        }
    }
}
