namespace ClinicCms.Core.USync.Plan;

/// <summary>
/// One row of a report: the item, what an import does to it, the file it comes from and, for updates and conflicts,
/// which fields differ. <see cref="Item"/> is the record the import writes (null for deletes); <see cref="Replaces"/> is
/// the key of an existing item matched by alias instead of key, which the import re-keys.
/// </summary>
public sealed record USyncPlanItem(USyncItemType Type, Guid Key, string Name, USyncChange Change, string? File)
{
    public IReadOnlyList<USyncDifference> Differences { get; init; } = [];

    public string? Note { get; init; }

    public object? Item { get; init; }

    public Guid? Replaces { get; init; }

    public bool IsChange => Change is USyncChange.Create or USyncChange.Update or USyncChange.Delete;
}
