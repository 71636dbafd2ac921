using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Infrastructure;

public static class CompressionExtensions
{
    /// <summary>
    /// Brotli, then gzip, for text responses. Pages are compressed inside the output cache, so a cached page is
    /// compressed once per encoding, not once per request; files under wwwroot come precompressed from the build.
    /// </summary>
    public static WebApplicationBuilder AddCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(o =>
        {
            // BREACH needs a secret in a compressed response that also reflects attacker input. Anonymous pages
            // carry none (no cookies, no antiforgery tokens), and responses that set cookies are never compressed.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml",
                "application/json", "application/ld+json", "application/xml", "text/xml", "text/plain"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.AddSingleton<IResponseCompressionProvider, CookieSafeCompressionProvider>();
        return builder;
    }

    /// <summary>
    /// Never compresses what BREACH could read a secret from: a response that sets a cookie, or a back-office answer
    /// (its forms carry antiforgery tokens next to text the user typed).
    /// </summary>
    private sealed class CookieSafeCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            context.Response.Headers.SetCookie.Count == 0
            && !context.Request.Path.StartsWithSegments("/umbraco", StringComparison.OrdinalIgnoreCase)
            && base.ShouldCompressResponse(context);
    }
}
