using ClinicCms.Core.Validation;

namespace ClinicCms.Web.Features.Media.Uploads;

/// <summary>
/// The outcome for one uploaded file. A refused file carries the HTTP status that fits the reason (400 a bad name or
/// SVG, 413 too large, 415 a type not accepted) and a message naming the file; it left nothing behind. A created
/// image may still carry problems (no alternative text yet) for the editor to fix.
/// </summary>
public sealed record MediaUploadResult(
    string FileName,
    bool Succeeded,
    int StatusCode,
    string? Message,
    Guid? Key = null,
    string? MediaTypeAlias = null,
    string? Url = null,
    string? ThumbnailUrl = null,
    IReadOnlyList<ValidationProblem>? Problems = null)
{
    public static MediaUploadResult Refused(string fileName, int statusCode, string reason) =>
        new(fileName, false, statusCode, $"\"{fileName}\" was not uploaded: {reason}");
}
