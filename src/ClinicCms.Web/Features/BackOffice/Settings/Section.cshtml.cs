using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Settings;

/// <summary>The Settings section's dashboard (Administrators only, like the whole section).</summary>
public sealed class SettingsSectionModel : PageModel
{
}
