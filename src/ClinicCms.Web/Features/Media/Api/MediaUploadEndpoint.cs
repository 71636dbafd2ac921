using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Media.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClinicCms.Web.Features.Media.Api;

/// <summary>
/// <c>POST /umbraco/management/api/v1/media/upload?parentKey=…</c> with <c>multipart/form-data</c>: each file part
/// is read straight from the request into <see cref="MediaUploadService"/>, one after the other, so no file is held
/// in memory and an oversized one is stopped as soon as it passes the limit. Answers one entry per file.
/// </summary>
public static class MediaUploadEndpoint
{
    public static async Task<IResult> UploadAsync(HttpContext http, Guid? parentKey, MediaUploadService uploads, IOptions<MediaOptions> options, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return TypedResults.Problem("Send the files as multipart/form-data.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not a file upload");
        }

        // A backstop for the whole request; each file's own limit is checked while it is read.
        var limit = options.Value.MaxFileBytes * options.Value.MaxFilesPerUpload + 1024 * 1024;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        var user = http.User.ToContentUser();
        var files = new List<MediaUploadItem>();
        var reader = new MultipartReader(boundary, http.Request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }

            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            var result = files.Count >= options.Value.MaxFilesPerUpload
                ? MediaUploadResult.Refused(fileName ?? "(no name)", StatusCodes.Status400BadRequest, $"one upload takes at most {options.Value.MaxFilesPerUpload} files.")
                : await uploads.UploadAsync(parentKey ?? Guid.Empty, fileName, section.Body, user, cancellationToken);
            files.Add(new MediaUploadItem(result.FileName, result.Key, result.MediaTypeAlias, result.Url, result.ThumbnailUrl,
                result.Problems ?? [], result.Succeeded ? null : MediaResults.ToProblem(result)));
        }

        if (files.Count == 0)
        {
            return TypedResults.Problem("The request carried no file.", statusCode: StatusCodes.Status400BadRequest, title: "No file");
        }

        // 200 when anything was created (each entry says how it went); otherwise the status of the first refusal.
        var status = files.Any(f => f.Error is null) ? StatusCodes.Status200OK : files[0].Error!.Status ?? StatusCodes.Status400BadRequest;
        return TypedResults.Json(new MediaUploadResponse(files), statusCode: status);
    }
}
