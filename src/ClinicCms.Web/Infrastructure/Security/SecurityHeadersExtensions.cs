using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Infrastructure.Security;

public static class SecurityHeadersExtensions
{
    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityHeadersOptions>();
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>
    /// Headers on every response, also on files, 404s and error pages: call it after the exception and status-code
    /// handlers, whose re-executed requests then pass through it again (the exception handler clears headers).
    /// The values are fixed strings, so a cached page costs no more than setting them.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        var options = app.Services.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value;
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = options.PolicyFor(context.Request.Path).ToString();
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = options.ReferrerPolicy;
            headers["Permissions-Policy"] = options.PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// Allows one inline script block by its SHA-256 hash on this response. Used for JSON-LD: browsers should not
    /// apply CSP to data blocks, but some (older Chromium) have reported or blocked them, and a hash allows
    /// exactly that text and nothing else, which a nonce on a cached page could not.
    /// </summary>
    public static string AllowInlineScript(this HttpContext context, string script)
    {
        var hash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";
        var options = context.RequestServices.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value;
        context.Response.Headers.ContentSecurityPolicy = options.PolicyFor(context.Request.Path).With("script-src", hash).ToString();
        return hash;
    }
}
