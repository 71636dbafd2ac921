using System.Collections.Concurrent;
using ClinicCms.Core.Media;
using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Media.Storage;
using ClinicCms.Web.Features.Media.Uploads;
using ClinicCms.Web.Features.Published;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClinicCms.Web.Features.Media.Processing;

/// <summary>
/// Answers every request under <c>/media/</c>: the original file, or a processed image made on the first request
/// and served from the disk cache afterwards, with a long-lived Cache-Control, an ETag (304 when it matches) and
/// <c>Vary: Accept</c> (WebP for browsers that take it). Only files of media items in the published snapshot are
/// served; trashed media answer 404, processed or not.
/// </summary>
public sealed class MediaFileHandler(
    PublishedSnapshotService snapshots,
    MediaPathIndex index,
    IMediaFileStore store,
    ProcessedImageCache cache,
    MediaMetrics metrics,
    IOptions<MediaOptions> options,
    IConfiguration configuration,
    ILogger<MediaFileHandler> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<bool>>> _inFlight = new();
    private readonly SemaphoreSlim _gate = new(Math.Max(1, Environment.ProcessorCount));
    private readonly TimeSpan _browserMaxAge = configuration.GetValue("Umbraco:CMS:Imaging:Cache:BrowserMaxAge", TimeSpan.FromDays(7));

    public async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var snapshot = snapshots.Current;
        var url = context.Request.PathBase.Add(context.Request.Path).Value ?? string.Empty;
        var media = index.Find(snapshot, url);
        var storePath = MediaTreeService.MediaFilePath(media?.Value(MediaConventions.FileProperty)?.ToString());
        var type = MediaFileType.ForExtension(Path.GetExtension(url));
        if (media is null || storePath is null || type is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var request = ImageRequest.Parse(context.Request.Query, options.Value, out var problem);
        if (problem is not null)
        {
            await Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "This image size cannot be made").ExecuteAsync(context);
            return;
        }

        if (request is null || !type.IsRasterImage)
        {
            await ServeOriginalAsync(context, storePath, type);
            return;
        }

        await ServeProcessedAsync(context, snapshot, media, storePath, type, request);
    }

    private async Task ServeOriginalAsync(HttpContext context, string storePath, MediaFileType type)
    {
        var info = await store.GetInfoAsync(storePath, context.RequestAborted);
        var stream = info is null ? null : await store.OpenReadAsync(storePath, context.RequestAborted);
        if (info is null || stream is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        SetCaching(context.Response, vary: false);
        if (type == MediaFileType.Svg)
        {
            // Opened on its own an SVG is a document: no script, no outside content, whatever it contains.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
        }

        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastModified.UtcTicks:x}\"");
        await TypedResults.Stream(stream, type.ContentType, lastModified: info.LastModified, entityTag: etag).ExecuteAsync(context);
    }

    private async Task ServeProcessedAsync(HttpContext context, PublishedSnapshot snapshot, IPublishedContent media, string storePath, MediaFileType type, ImageRequest request)
    {
        var file = media.Value<ImageCropperValue>(MediaConventions.FileProperty)!;
        var crops = ImageCropDefinition.For(snapshot.Schema, media.ContentType.Alias);
        var acceptsWebP = context.Request.Headers.Accept.Any(a => a?.Contains("image/webp", StringComparison.OrdinalIgnoreCase) == true);
        var sourceFormat = type == MediaFileType.Jpeg ? ImageOutputFormat.Jpeg : ImageOutputFormat.Png;
        var command = ImageCommand.Resolve(request, file.FocalPoint, crops, options.Value.AllowedSizes, sourceFormat, acceptsWebP, options.Value.DefaultQuality, out var problem);
        if (command is null)
        {
            await Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "This image size cannot be made").ExecuteAsync(context);
            return;
        }

        var hash = ProcessedImageCache.Hash(file.Src, command);
        var path = cache.PathFor(media.Key, hash, command.Format);
        if (File.Exists(path))
        {
            metrics.CacheHit();
        }
        else if (!await ProduceOnceAsync(media.Key, storePath, command, path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        SetCaching(context.Response, vary: true);
        await TypedResults.PhysicalFile(path, command.Format.ContentType, lastModified: File.GetLastWriteTimeUtc(path),
            entityTag: new EntityTagHeaderValue($"\"{hash}\"")).ExecuteAsync(context);
    }

    // Concurrent requests for the same new size wait for one processing instead of each doing it.
    private async Task<bool> ProduceOnceAsync(Guid mediaKey, string storePath, ImageCommand command, string path)
    {
        var work = _inFlight.GetOrAdd(path, _ => new Lazy<Task<bool>>(() => ProduceAsync(mediaKey, storePath, command, path)));
        try
        {
            return await work.Value;
        }
        finally
        {
            _inFlight.TryRemove(KeyValuePair.Create(path, work));
        }
    }

    private async Task<bool> ProduceAsync(Guid mediaKey, string storePath, ImageCommand command, string path)
    {
        await _gate.WaitAsync();
        try
        {
            await using var stream = await store.OpenReadAsync(storePath);
            if (stream is null)
            {
                logger.LogWarning("The file {Path} of media item {Key} is missing", storePath, mediaKey);
                return false;
            }

            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            var source = buffer.ToArray();
            var (data, _, _) = await Task.Run(() => ImageProcessor.Process(source, command));
            await cache.WriteAsync(mediaKey, path, data, CancellationToken.None);
            metrics.Processed();
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void SetCaching(HttpResponse response, bool vary)
    {
        response.Headers.CacheControl = $"public, max-age={(long)_browserMaxAge.TotalSeconds}";
        if (vary)
        {
            response.Headers.Vary = "Accept";
        }
    }
}
