using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;

namespace ClinicCms.Core.Content;

/// <summary>URL segments and safe names exactly as Umbraco makes them, through Umbraco's own short-string helper.</summary>
public static class UrlSegments
{
    private static readonly DefaultShortStringHelper Helper =
        new(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    /// <summary>The URL segment Umbraco derives from a node name (<c>What is chemotherapy?</c> → <c>what-is-chemotherapy</c>).</summary>
    public static string ForName(string name) => Helper.CleanStringForUrlSegment(name);

    /// <summary>Umbraco's safe alias of a name, as uSync uses for data type file names and content paths.</summary>
    public static string SafeAlias(string name) => Helper.CleanStringForSafeAlias(name);

    /// <summary>Umbraco's safe file name, as uSync uses for content and media file names.</summary>
    public static string SafeFileName(string name) => Helper.CleanStringForSafeFileName(name);
}
