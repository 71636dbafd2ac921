namespace ClinicCms.Web.Features.USync;

/// <summary>
/// What to report, import or export: the folder (default: the site's uSync folder), the handler set, and whether an
/// import may overwrite nodes edited in this environment. <paramref name="ConfirmedPlan"/> is the
/// <see cref="USyncRunResult.PlanFingerprint"/> of the report a user confirmed: an import whose plan is no longer that
/// one (the files or the site changed since) applies nothing.
/// </summary>
public sealed record USyncRunRequest(string? Folder = null, USyncScope Scope = USyncScope.All, bool Force = false, string? ConfirmedPlan = null);
