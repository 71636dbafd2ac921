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

    /// <summary>The user's groups do not allow the operation; nothing was written.</summary>
    Forbidden,
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

    public static ContentResult Forbidden(Guid key, ContentPermissions permission) =>
        new(ContentResultStatus.Forbidden, key, 0, [], $"You do not have permission to {Verb(permission)}: nothing was changed.");

    private static string Verb(ContentPermissions permission) => permission switch
    {
        ContentPermissions.Create => "create content here",
        ContentPermissions.Update => "edit this item",
        ContentPermissions.Publish => "publish (ask an editor to review and publish it)",
        ContentPermissions.Unpublish => "unpublish",
        ContentPermissions.Delete => "delete",
        ContentPermissions.Move => "move",
        ContentPermissions.Sort => "sort",
        ContentPermissions.Rollback => "roll back",
        _ => "do this",
    };
}
