namespace ClinicCms.Web.Infrastructure.Security;

/// <summary>
/// An inline script allowed by its hash (<see cref="SecurityHeadersExtensions.AllowInlineScript(HttpContext, string)"/>):
/// the hash, the policy it was added to and the header that made, so a page built once can allow it again cheaply.
/// </summary>
public sealed record AllowedScript(string Hash, ContentSecurityPolicy Policy, string Header);
