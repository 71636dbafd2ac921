using ClinicCms.Web.Features.USync;

namespace ClinicCms.Web.Features.BackOffice.Settings;

/// <summary>
/// The results table of a run, as the command line prints it, with the counts per action and a filter: by default
/// only the rows that change something (or, for an export, the files written), so 10,000 unchanged items do not
/// bury the three that matter; pages of <see cref="PageSize"/> rows keep a big import's page light.
/// </summary>
public sealed class USyncResultsView
{
    public const int PageSize = 500;
    public const string ChangesFilter = "changes";
    public const string AllFilter = "all";

    private static readonly HashSet<string> Unchanged = ["No change", "Unchanged"];

    public USyncResultsView(USyncJob job, USyncRunResult result, string? show, int page)
    {
        Job = job;
        Result = result;
        Counts = [.. result.Rows.GroupBy(r => r.Change)
            .OrderBy(g => Array.IndexOf(USyncResultRows.ChangeOrder, g.Key) is var i and >= 0 ? i : int.MaxValue)
            .Select(g => (g.Key, g.Count()))];
        ChangeCount = result.Rows.Count(IsChange);
        ApplyCount = result.Rows.Count(r => r.Change is "Create" or "Update" or "Delete");
        Show = show is { Length: > 0 } && (show == AllFilter || Counts.Any(c => c.Change == show)) ? show : ChangesFilter;
        var filtered = result.Rows.Where(r => Show switch
        {
            AllFilter => true,
            ChangesFilter => IsChange(r),
            _ => r.Change == Show,
        }).ToList();
        Total = filtered.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        Page = Math.Clamp(page, 1, PageCount);
        Rows = filtered.Skip((Page - 1) * PageSize).Take(PageSize).ToList();
    }

    public USyncJob Job { get; }

    public USyncRunResult Result { get; }

    /// <summary>Rows per action, in uSync's order (Create, Update, Delete, Conflict, No change; Created, Updated, ...).</summary>
    public IReadOnlyList<(string Change, int Count)> Counts { get; }

    /// <summary>Rows that change something: creates, updates, deletes and conflicts; for an export, the files written.</summary>
    public int ChangeCount { get; }

    /// <summary>Creates, updates and deletes: what an import applies (conflicts are left alone).</summary>
    public int ApplyCount { get; }

    public string Show { get; }

    public int Total { get; }

    public int Page { get; }

    public int PageCount { get; }

    public IReadOnlyList<USyncResultRow> Rows { get; }

    public string ChangesLabel => Result.Operation == USyncOperation.Export ? "Files written" : "Changes";

    public static bool IsChange(USyncResultRow row) => !Unchanged.Contains(row.Change);

    public string Url(string show, int page = 1) =>
        SettingsUrls.Run(Job.Id) + "?show=" + Uri.EscapeDataString(show) + (page > 1 ? "&page=" + page : string.Empty);

    /// <summary>A CSS class per action, for its colour (always with its word: colour is never the only signal).</summary>
    public static string ChangeClass(string change) => change switch
    {
        "Create" or "Created" => "usync-change-create",
        "Update" or "Updated" or "Rename marker" => "usync-change-update",
        "Delete" or "Conflict" => "usync-change-delete",
        _ => "usync-change-none",
    };
}
