namespace ClinicCms.Core.USync.Plan;

/// <summary>
/// What importing a set of files would do, item by item, computed from the site's state and the files alone:
/// <c>report</c> prints it and <c>import</c> applies exactly its changes, so the two cannot disagree.
/// A plan with errors has no items: nothing may be applied.
/// </summary>
public sealed class USyncPlan(IReadOnlyList<USyncPlanItem> items, IReadOnlyList<USyncProblem> problems)
{
    public IReadOnlyList<USyncPlanItem> Items { get; } = items;

    public IReadOnlyList<USyncProblem> Problems { get; } = problems;

    public bool HasErrors => Problems.Any(p => p.IsError);

    public IEnumerable<USyncPlanItem> Changes => Items.Where(i => i.IsChange);

    public int Count(USyncChange change) => Items.Count(i => i.Change == change);

    public override string ToString() =>
        $"{Count(USyncChange.Create)} to create, {Count(USyncChange.Update)} to update, {Count(USyncChange.Delete)} to delete, "
        + $"{Count(USyncChange.NoChange)} unchanged, {Count(USyncChange.Conflict)} in conflict";
}
