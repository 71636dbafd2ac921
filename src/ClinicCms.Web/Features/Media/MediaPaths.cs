namespace ClinicCms.Web.Features.Media;

/// <summary>
/// The folders the media library uses, from Umbraco's settings: <c>Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath</c>
/// for the files (default <c>wwwroot/media</c>) and <c>Umbraco:CMS:Imaging:Cache:CacheFolder</c> for processed
/// images (default <c>umbraco/Data/TEMP/MediaCache</c>). As in Umbraco, <c>~/</c> starts at the web root for the
/// media folder and at the content root for the cache; other relative paths start at the content root.
/// </summary>
public sealed record MediaPaths(string MediaRoot, string CacheFolder, string UploadTempFolder)
{
    public const string UrlPrefix = "/media/";
    public const string MediaRootKey = "Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath";
    public const string CacheFolderKey = "Umbraco:CMS:Imaging:Cache:CacheFolder";

    public static MediaPaths From(IConfiguration configuration, IWebHostEnvironment environment, MediaOptions options)
    {
        var webRoot = environment.WebRootPath is { Length: > 0 } w ? w : Path.Combine(environment.ContentRootPath, "wwwroot");
        var media = configuration[MediaRootKey] is { Length: > 0 } m ? Resolve(m, webRoot, environment.ContentRootPath) : Path.Combine(webRoot, "media");
        var cache = Resolve(configuration[CacheFolderKey] is { Length: > 0 } c ? c : "~/umbraco/Data/TEMP/MediaCache", environment.ContentRootPath, environment.ContentRootPath);
        var temp = Resolve(options.UploadTempFolder, environment.ContentRootPath, environment.ContentRootPath);
        return new MediaPaths(media, cache, temp);
    }

    private static string Resolve(string path, string tildeRoot, string contentRoot) =>
        Path.GetFullPath(path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(tildeRoot, path[2..])
            : Path.Combine(contentRoot, path));
}
