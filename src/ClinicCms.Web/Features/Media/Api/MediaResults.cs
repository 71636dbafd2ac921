using Microsoft.AspNetCore.Mvc;

namespace ClinicCms.Web.Features.Media.Api;

/// <summary>Maps service outcomes to HTTP answers in one place: successes as JSON, failures as ProblemDetails.</summary>
public static class MediaResults
{
    public static IResult From(MediaResult result) => result.Status switch
    {
        MediaResultStatus.Success => TypedResults.Ok(result),
        MediaResultStatus.NotFound => Problem(StatusCodes.Status404NotFound, "Not found", result),
        MediaResultStatus.Stale => Problem(StatusCodes.Status409Conflict, "Saved by someone else", result),
        MediaResultStatus.InUse => Problem(StatusCodes.Status409Conflict, "The item is used by content", result),
        MediaResultStatus.Invalid => Problem(StatusCodes.Status400BadRequest, "The values are not valid", result),
        MediaResultStatus.Forbidden => Problem(StatusCodes.Status403Forbidden, "Not allowed for your user groups", result),
        _ => Problem(StatusCodes.Status400BadRequest, "Not allowed", result),
    };

    public static ProblemDetails ToProblem(Uploads.MediaUploadResult result) => new()
    {
        Status = result.StatusCode,
        Title = result.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => "The file is too large",
            StatusCodes.Status415UnsupportedMediaType => "The file type is not accepted",
            StatusCodes.Status403Forbidden => "Not allowed for your user groups",
            _ => "The file was refused",
        },
        Detail = result.Message,
        Extensions = { ["fileName"] = result.FileName },
    };

    private static IResult Problem(int status, string title, MediaResult result) => TypedResults.Problem(
        result.Message, statusCode: status, title: title,
        extensions: new Dictionary<string, object?>
        {
            ["key"] = result.Key,
            ["versionNumber"] = result.VersionNumber,
            ["problems"] = result.Problems,
            ["usedBy"] = result.UsedBy,
        });
}
