namespace ClinicCms.Web.Features.Published;

/// <summary>
/// What changed in the published snapshot: the nodes published, unpublished, moved or deleted (with their
/// parents, whose lists of children changed), or everything at once after a schema import or a full reload.
/// </summary>
public sealed record SnapshotChange(IReadOnlyCollection<Guid> Keys, bool Everything)
{
    public static SnapshotChange All { get; } = new([], true);
}
