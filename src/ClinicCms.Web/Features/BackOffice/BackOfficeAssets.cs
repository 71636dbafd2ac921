using ClinicCms.Web.Infrastructure.Security;
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
    /// The back office's content security policy: the public site's, except that styles may also be set inline: the
    /// Umbraco UI Library's lit components set style attributes, which Chromium refuses under <c>style-src 'self'</c>
    /// ("Applying inline style violates..."; the browser test of the editor fails on any console error), and images
    /// may be blobs. Scripts stay limited to this site's own files.
    /// </summary>
    public static ContentSecurityPolicy ContentSecurityPolicy(ContentSecurityPolicy site) =>
        site.With("style-src", "'unsafe-inline'").With("img-src", "blob:");

    /// <summary>Back-office pages are never stored by browsers or proxies, nor listed by search engines.</summary>
    public static Task BackOfficeHeaders(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/umbraco", StringComparison.OrdinalIgnoreCase))
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-cache, no-store";
            headers[HeaderNames.Pragma] = "no-cache";
            headers["X-Robots-Tag"] = "noindex, nofollow";
        }

        return next(context);
    }
}
