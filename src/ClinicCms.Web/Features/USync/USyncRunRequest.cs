namespace ClinicCms.Web.Features.USync;

/// <summary>What to report, import or export: the folder (default: the site's uSync folder), the handler set, and
/// whether an import may overwrite nodes edited in this environment.</summary>
public sealed record USyncRunRequest(string? Folder = null, USyncScope Scope = USyncScope.All, bool Force = false);
