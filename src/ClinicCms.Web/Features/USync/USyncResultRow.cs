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

    // Details already spells out the note and every difference, so rows stay equal by value (a list would compare
    // by reference): a report's rows equal the import's.
    public bool Equals(USyncResultRow? other) =>
        other is not null && Change == other.Change && ItemType == other.ItemType && Name == other.Name && File == other.File && Details == other.Details;

    public override int GetHashCode() => HashCode.Combine(Change, ItemType, Name, File, Details);
}
