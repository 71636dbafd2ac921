namespace ClinicCms.Web.Features.Site.Seo;

/// <summary>
/// Absolute URLs for canonical links, sharing tags, structured data and the sitemap. The site's public address is
/// Umbraco's <c>Umbraco:CMS:WebRouting:UmbracoApplicationUrl</c>; without it, the request's own scheme and host.
/// </summary>
public sealed class SiteUrls(IConfiguration configuration)
{
    public const string ApplicationUrlKey = "Umbraco:CMS:WebRouting:UmbracoApplicationUrl";

    private readonly string? _configured = configuration[ApplicationUrlKey]?.TrimEnd('/') is { Length: > 0 } url ? url : null;

    public string Base(HttpRequest request) => _configured ?? $"{request.Scheme}://{request.Host.ToUriComponent()}";

    public string Absolute(HttpRequest request, string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? path
            : Base(request) + (path.StartsWith('/') ? path : "/" + path);
}
