using ClinicCms.Web.Features.USync;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Settings;

/// <summary>
/// The uSync page (Settings section, Administrators only): choose the set and Force, then <b>Report</b>,
/// <b>Import</b> (which first shows the report and asks for confirmation) or <b>Export</b>. Every button starts a
/// background run and redirects to its results page, so no request waits for a long import.
/// </summary>
public sealed class USyncModel(USyncJobs jobs, USyncFolder folder) : PageModel
{
    [BindProperty]
    public USyncInput Input { get; set; } = new("report", "all", false);

    public string? ImportFolder => folder.VersionFolder;

    public string ExportFolder => folder.ExportFolder;

    public IReadOnlyList<USyncJob> Recent => jobs.Recent;

    public string? Error { get; private set; }

    /// <summary>uSync's handler sets, as the form offers them: value, label and what they hold.</summary>
    public static IReadOnlyList<(string Value, string Label, string Hint)> Sets { get; } =
    [
        ("schema", "Schema", "document types, media types, data types, templates, languages and dictionary items"),
        ("content", "Content", "content, media (their details; the files themselves are copied separately) and domains"),
        ("all", "All", "both, the schema first"),
    ];

    public string SetChosen => ScopeOf(Input.Set) is { } scope ? scope.ToString().ToLowerInvariant() : "all";

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        var kind = Input.Operation?.ToLowerInvariant() switch
        {
            "report" => USyncJobKind.Report,
            "import" => USyncJobKind.Review,
            "export" => USyncJobKind.Export,
            _ => (USyncJobKind?)null,
        };
        if (kind is null || ScopeOf(Input.Set) is not { } scope)
        {
            Error = "Choose a set (Schema, Content or All) and press Report, Import or Export.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var request = new USyncRunRequest(Scope: scope, Force: Input.Force && kind != USyncJobKind.Export);
        var (job, started) = jobs.Start(kind.Value, request, User.Identity?.Name ?? "Unknown user");
        return Redirect(SettingsUrls.Run(job.Id) + (started ? string.Empty : "?notice=busy"));
    }

    public static USyncScope? ScopeOf(string? set) => set?.ToLowerInvariant() switch
    {
        "schema" => USyncScope.Schema,
        "content" => USyncScope.Content,
        "all" => USyncScope.All,
        _ => null,
    };

    /// <summary>The form: which button was pressed, the set and Force.</summary>
    public sealed record USyncInput(string? Operation, string? Set, bool Force);
}
