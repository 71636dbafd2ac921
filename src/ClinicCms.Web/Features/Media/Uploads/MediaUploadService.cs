using ClinicCms.Core.Content;
using ClinicCms.Core.Media;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Media.Storage;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;

namespace ClinicCms.Web.Features.Media.Uploads;

/// <summary>
/// Uploads one file into the media library: the name is checked and cleaned, the content streamed to a temporary
/// file while its size is counted (never the whole request in memory), its type recognised by its first bytes and
/// matched with its extension, images decoded once, SVGs checked and rewritten; then an Image or File item is
/// created with width, height, size and extension, and the file stored at <c>/media/&lt;short id&gt;/&lt;name&gt;</c>
/// in the same transaction. A refused file leaves no file and no row behind. Anyone who may pick media may upload
/// (<see cref="MediaAccess"/>): a Writer uploads the photo for their draft from the content editor.
/// </summary>
public sealed class MediaUploadService(MediaService media, MediaWriter writer, IMediaFileStore store, MediaPaths paths, IOptions<MediaOptions> options, ILogger<MediaUploadService> logger)
{
    private const int HeadLength = 4096;

    public async Task<MediaUploadResult> UploadAsync(Guid parentKey, string? fileName, Stream content, ContentUser user, CancellationToken cancellationToken = default)
    {
        var name = UploadFileName.Parse(fileName, out var nameProblem);
        var shown = string.IsNullOrWhiteSpace(fileName) ? "(no name)" : fileName.Trim();
        if (!user.CanPickMedia())
        {
            return MediaUploadResult.Refused(shown, StatusCodes.Status403Forbidden, "you do not have permission to upload media.");
        }

        if (nameProblem is not null)
        {
            return MediaUploadResult.Refused(shown, StatusCodes.Status400BadRequest, nameProblem);
        }

        if (MediaFileType.ForExtension(name.Extension) is not { } expected)
        {
            return MediaUploadResult.Refused(shown, StatusCodes.Status415UnsupportedMediaType,
                $"files ending in .{name.Extension} are not accepted. Upload {MediaFileType.AllowedList} files.");
        }

        Directory.CreateDirectory(paths.UploadTempFolder);
        var temp = Path.Combine(paths.UploadTempFolder, Guid.NewGuid().ToString("N") + ".upload");
        try
        {
            var (received, problem) = await ReceiveAsync(content, temp, expected, shown, cancellationToken);
            return problem ?? await StoreAsync(parentKey, name, expected, temp, received, user, cancellationToken);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private async Task<(long Bytes, MediaUploadResult? Problem)> ReceiveAsync(Stream content, string temp, MediaFileType expected, string shown, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxFileBytes;
        var buffer = new byte[81920];
        await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);

        // The first bytes decide the type before anything else is read.
        var head = await content.ReadAtLeastAsync(buffer.AsMemory(0, HeadLength), HeadLength, throwOnEndOfStream: false, cancellationToken);
        var actual = MediaFileType.Sniff(buffer.AsSpan(0, head));
        if (actual != expected)
        {
            var found = actual is null ? "is not a type the media library accepts" : $"is a {actual.Name}";
            return (0, MediaUploadResult.Refused(shown, StatusCodes.Status415UnsupportedMediaType,
                $"its name says {expected.Name} but its content {found}. Only {MediaFileType.AllowedList} files are accepted, and the name must match the content."));
        }

        long total = 0;
        for (var read = head; read > 0; read = await content.ReadAsync(buffer, cancellationToken))
        {
            total += read;
            if (total > limit)
            {
                return (total, MediaUploadResult.Refused(shown, StatusCodes.Status413PayloadTooLarge,
                    $"it is larger than the {Megabytes(limit)} limit."));
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total == 0
            ? (0, MediaUploadResult.Refused(shown, StatusCodes.Status400BadRequest, "the file is empty."))
            : (total, null);
    }

    private async Task<MediaUploadResult> StoreAsync(Guid parentKey, UploadFileName name, MediaFileType type, string temp, long bytes, ContentUser user, CancellationToken cancellationToken)
    {
        int? width = null, height = null;
        if (type.IsRasterImage)
        {
            var (w, h, problem) = ImageInspector.Inspect(temp, options.Value.MaxImagePixels);
            if (problem is not null)
            {
                return MediaUploadResult.Refused(name.Original, StatusCodes.Status400BadRequest, problem);
            }

            (width, height) = (w, h);
        }
        else if (type == MediaFileType.Svg)
        {
            await using var input = File.OpenRead(temp);
            var (svg, w, h, problem) = SvgSanitizer.Sanitize(input);
            if (svg is null)
            {
                return MediaUploadResult.Refused(name.Original, StatusCodes.Status400BadRequest, problem!);
            }

            input.Close();
            await File.WriteAllBytesAsync(temp, svg, cancellationToken);
            (width, height, bytes) = (w, h, svg.Length);
        }

        var typeAlias = type.IsImage ? MediaConventions.Image : MediaConventions.File;
        var (key, path) = await NewPathAsync(typeAlias, name.SafeName, cancellationToken);
        var src = MediaPaths.UrlPrefix + path;
        var values = PropertyValues.Empty
            .Set(MediaConventions.FileProperty, type.IsImage ? ImageCropperJson.Write(src, null) : src)
            .Set(MediaConventions.Bytes, bytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set(MediaConventions.Extension, name.Extension);
        if (width is not null && height is not null)
        {
            values = values.Set(MediaConventions.Width, width.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Set(MediaConventions.Height, height.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var stored = false;
        try
        {
            var result = await media.CreateAsync(key, parentKey, typeAlias, name.MediaName, values, user, async ct =>
            {
                await using var file = File.OpenRead(temp);
                await store.SaveAsync(path, file, ct);
                stored = true;
            }, cancellationToken);
            var thumbnail = type.IsRasterImage
                ? Rendering.MediaUrls.Thumbnail(src, options.Value.ThumbnailSize(), Rendering.MediaUrls.Version(values.Get(MediaConventions.FileProperty)))
                : type == MediaFileType.Svg ? src : null;
            return result.Succeeded
                ? new MediaUploadResult(name.Original, true, StatusCodes.Status201Created, null, key, typeAlias, src, thumbnail, result.Problems)
                : MediaUploadResult.Refused(name.Original, StatusCodes.Status400BadRequest, result.Message ?? "it could not be stored.");
        }
        catch (Exception e) when (stored)
        {
            logger.LogError(e, "Storing {File} failed; removing what was written", name.Original);
            await store.DeleteAsync(path, CancellationToken.None);
            throw;
        }
    }

    // Umbraco's UniqueMediaPathScheme: 8 base-32 characters from the item and property keys. A clash is very rare;
    // a new key is taken rather than ever writing over a file.
    private async Task<(Guid Key, string Path)> NewPathAsync(string typeAlias, string safeName, CancellationToken cancellationToken)
    {
        var property = writer.Schema.ComposeMediaType(typeAlias)?.Properties.FirstOrDefault(p => p.Alias == MediaConventions.FileProperty);
        var propertyKey = property?.Type.Key ?? Guid.Empty;
        for (var attempt = 0; ; attempt++)
        {
            var key = Guid.NewGuid();
            var path = GuidUtils.ToBase32String(GuidUtils.Combine(key, propertyKey), 8) + "/" + safeName;
            if (await store.GetInfoAsync(path, cancellationToken) is null || attempt >= 10)
            {
                return (key, path);
            }
        }
    }

    private static string Megabytes(long bytes) => bytes switch
    {
        _ when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        _ when bytes % 1024 == 0 => $"{bytes / 1024} KB",
        _ => $"{bytes} bytes",
    };
}
