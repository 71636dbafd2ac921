using System.Globalization;
using System.Security.Claims;
using ClinicCms.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.BackOffice.Security;

/// <summary>
/// The back office's cookie: sent to <c>/umbraco</c> only (so public pages never see a signed-in user and stay
/// cacheable), HttpOnly, SameSite=Lax, Secure whenever the request is HTTPS, with a sliding idle timeout and an
/// absolute one. Every request re-checks that the user still exists, is enabled and has the same security stamp, so
/// disabling a user or changing their groups ends their sessions at once.
/// </summary>
public static class BackOfficeAuthentication
{
    public const string Scheme = "UmbracoBackOffice";
    public const string CookieName = "UMB_UCONTEXT";
    public const string SecurityStampClaim = "AspNet.Identity.SecurityStamp";
    public const string Path = "/umbraco";

    public static void Configure(CookieAuthenticationOptions options, BackOfficeOptions settings)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.Path = Path;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.IsEssential = true;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = settings.TimeOut;
        options.LoginPath = "/umbraco/login";
        options.LogoutPath = "/umbraco/logout";
        options.AccessDeniedPath = "/umbraco/access-denied";
        options.ReturnUrlParameter = "returnPath";
        options.Events.OnValidatePrincipal = ValidateAsync;

        // Pages send a browser to the sign-in page; API endpoints answer with the status code instead.
        options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
    }

    public const string ApiPath = "/umbraco/management/api";

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<IOptions<BackOfficeOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var principal = context.Principal!;

        var signedInAt = long.TryParse(principal.FindFirstValue(BackOfficeSignIn.SignedInAtClaim), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;
        var id = int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
        var user = await services.GetRequiredService<CmsDbContext>().Users
            .Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.IsDisabled })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);

        var valid = user is not null
            && !user.IsDisabled
            && user.SecurityStamp == principal.FindFirstValue(SecurityStampClaim)
            && now - signedInAt < settings.AbsoluteTimeOut;
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
