using ClinicCms.Core.Validation;

namespace ClinicCms.Web.Features.Media;

public enum MediaResultStatus
{
    Success,
    NotFound,

    /// <summary>The edit was based on an older version than the latest; nothing was written.</summary>
    Stale,

    /// <summary>Values break a rule (the alt-text rule, a too long name); nothing was written.</summary>
    Invalid,

    /// <summary>Not allowed here (a file inside a file, a move into its own folder, a restore to a deleted folder).</summary>
    Refused,

    /// <summary>Content uses the item; repeat with the confirmation flag to go ahead. <see cref="MediaResult.UsedBy"/> lists it.</summary>
    InUse,

    /// <summary>The user's groups do not allow the operation (see <see cref="MediaAccess"/>); nothing was written.</summary>
    Forbidden,
}

/// <summary>The outcome of a media operation, with the reason in words an editor understands when it failed.</summary>
public sealed record MediaResult(
    MediaResultStatus Status,
    Guid Key,
    int VersionNumber,
    IReadOnlyList<ValidationProblem> Problems,
    string? Message = null,
    IReadOnlyList<MediaUsage>? UsedBy = null)
{
    public bool Succeeded => Status == MediaResultStatus.Success;

    public static MediaResult NotFound(Guid key) => new(MediaResultStatus.NotFound, key, 0, [], "The media item does not exist or was deleted.");

    public static MediaResult Refused(Guid key, string message) => new(MediaResultStatus.Refused, key, 0, [], message);

    public static MediaResult Forbidden(Guid key, string message = MediaAccess.ManageMessage) => new(MediaResultStatus.Forbidden, key, 0, [], message);

    public static MediaResult Invalid(Guid key, int version, IReadOnlyList<ValidationProblem> problems) =>
        new(MediaResultStatus.Invalid, key, version, problems, string.Join(" ", problems.Select(p => p.Message)));
}
