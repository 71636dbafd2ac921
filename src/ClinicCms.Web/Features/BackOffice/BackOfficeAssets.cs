using Microsoft.Net.Http.Headers;

namespace ClinicCms.Web.Features.BackOffice;

/// <summary>Caching and security headers of the back office and its bundle.</summary>
public static class BackOfficeAssets
{
    public const string Folder = "/dist/backoffice/";

    /// <summary>
    /// The bundle's URLs carry a content hash (<c>asp-append-version</c>, hashed font names), so browsers may keep them
    /// for a year without asking again: after the first visit, opening a page costs one request.
    /// </summary>
    public static void AddCacheHeaders(StaticFileOptions options)
    {
        var previous = options.OnPrepareResponse;
        options.OnPrepareResponse = context =>
        {
            previous?.Invoke(context);
            var request = context.Context.Request;
            if (request.Path.StartsWithSegments(Folder.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
                && (request.Query.ContainsKey("v") || request.Path.StartsWithSegments(Folder + "fonts", StringComparison.OrdinalIgnoreCase)))
            {
                context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            }
        };
    }

    /// <summary>
    /// Back-office pages are never stored by browsers or proxies. Their content security policy is the public site's
    /// except that styles may also be set inline: the Umbraco UI Library's lit components set style attributes, which
    /// Chromium refuses under <c>style-src 'self'</c> ("Applying inline style violates..."; the browser test of the
    /// editor fails on any console error). Scripts stay limited to this site's own files.
    /// </summary>
    public static Task BackOfficeHeaders(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/umbraco", StringComparison.OrdinalIgnoreCase))
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-cache, no-store";
            headers[HeaderNames.Pragma] = "no-cache";
            headers["X-Robots-Tag"] = "noindex, nofollow";
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
                "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        }

        return next(context);
    }
}
