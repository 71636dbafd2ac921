using ClinicCms.Core.USync.Plan;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// One row of the results table the command line and the back office show. <see cref="Details"/> is the line the
/// command line prints; the back office lists <see cref="Note"/> and <see cref="Differences"/> apart.
/// </summary>
public sealed record USyncResultRow(string Change, string ItemType, string Name, string File, string Details)
{
    public string? Note { get; init; }

    public IReadOnlyList<USyncDifference> Differences { get; init; } = [];
}
