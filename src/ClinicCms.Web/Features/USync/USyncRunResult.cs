using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Plan;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// The outcome of a report, import or export: the results table, the problems (errors name file and line) and, for
/// report and import, the plan itself. An import with errors changed nothing.
/// </summary>
public sealed record USyncRunResult(USyncOperation Operation, string Folder, IReadOnlyList<USyncResultRow> Rows, IReadOnlyList<USyncProblem> Problems)
{
    public USyncPlan? Plan { get; init; }

    /// <summary>Identifies a report's plan (the files read and every row), so an import can check it is the one confirmed.</summary>
    public string? PlanFingerprint { get; init; }

    /// <summary>An import refused because its plan differs from the confirmed one; <see cref="Rows"/> are the new plan.</summary>
    public bool PlanChanged { get; init; }

    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>Rows grouped by change, e.g. "3 Create, 1 Update, 40 No change".</summary>
    public string Summary => Rows.Count == 0 ? "nothing to do"
        : string.Join(", ", Rows.GroupBy(r => r.Change).OrderBy(g => Order(g.Key)).Select(g => $"{g.Count()} {g.Key}"));

    private static int Order(string change) => Array.IndexOf(USyncResultRows.ChangeOrder, change) is var i and >= 0 ? i : int.MaxValue;
}
