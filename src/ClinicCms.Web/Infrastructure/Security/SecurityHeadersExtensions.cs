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
    public static AllowedScript AllowInlineScript(this HttpContext context, string script)
    {
        var hash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";
        var policy = PolicyFor(context);
        var allowed = new AllowedScript(hash, policy, policy.With("script-src", hash).ToString());
        context.Response.Headers.ContentSecurityPolicy = allowed.Header;
        return allowed;
    }

    /// <summary>
    /// Allows a script allowed before again (a page model built once per snapshot): the header made then is reused
    /// while the path's policy is the same, so the script is not hashed and the header not rebuilt on every request.
    /// </summary>
    public static void AllowInlineScript(this HttpContext context, AllowedScript allowed)
    {
        var policy = PolicyFor(context);
        context.Response.Headers.ContentSecurityPolicy = ReferenceEquals(policy, allowed.Policy)
            ? allowed.Header
            : policy.With("script-src", allowed.Hash).ToString();
    }

    private static ContentSecurityPolicy PolicyFor(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value.PolicyFor(context.Request.Path);
}
