using ClinicCms.Core.Validation;

namespace ClinicCms.Web.Features.Content;

public enum ContentResultStatus
{
    Success,
    NotFound,

    /// <summary>The edit was based on an older version than the latest; nothing was written.</summary>
    Stale,

    /// <summary>Publishing was refused because values break the schema's rules (a save may still have happened).</summary>
    Invalid,

    /// <summary>The operation is not allowed here (wrong child type, unpublished parent...).</summary>
    Refused,
}

/// <summary>
/// The outcome of a content operation. For <see cref="ContentResultStatus.Stale"/> it names who saved the newer
/// version and when, so the editor can reload or compare instead of overwriting.
/// </summary>
public sealed record ContentResult(
    ContentResultStatus Status,
    Guid Key,
    int VersionNumber,
    IReadOnlyList<ValidationProblem> Problems,
    string? Message = null,
    string? LatestSavedBy = null,
    DateTime? LatestSavedAt = null,
    bool Saved = false,
    bool Published = false)
{
    public bool Succeeded => Status == ContentResultStatus.Success;

    public static ContentResult NotFound(Guid key) => new(ContentResultStatus.NotFound, key, 0, [], "The item does not exist or was deleted.");

    public static ContentResult Refused(Guid key, int version, string message) => new(ContentResultStatus.Refused, key, version, [], message);
}
