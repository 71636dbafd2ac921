using Microsoft.AspNetCore.Components;

namespace ClinicCms.Web.Features.Site;

/// <summary>
/// The address of a file in <c>wwwroot</c> as the public pages link it: fingerprinted (<c>/css/site.&lt;hash&gt;.css</c>)
/// from the static assets manifest of the page's endpoint (<c>WithStaticAssets()</c>), so browsers may keep it for a
/// year and a changed file gets a new address; the plain path where the file is not in the manifest.
/// </summary>
public static class SiteAssets
{
    /// <param name="path">The file's path under <c>wwwroot</c>, without a leading slash: <c>css/site.css</c>.</param>
    public static string Url(HttpContext? context, string path)
    {
        var assets = context?.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        return "/" + (assets is null ? path : assets[path]);
    }
}
