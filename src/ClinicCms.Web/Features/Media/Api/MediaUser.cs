using System.Globalization;
using System.Security.Claims;
using ClinicCms.Web.Features.Content;

namespace ClinicCms.Web.Features.Media.Api;

/// <summary>The signed-in user as the audit trail and versions name them.</summary>
public static class MediaUser
{
    public static ContentUser From(ClaimsPrincipal principal) => new(
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
        principal.Identity?.Name ?? principal.FindFirstValue(ClaimTypes.Email) ?? "Unknown user");
}
