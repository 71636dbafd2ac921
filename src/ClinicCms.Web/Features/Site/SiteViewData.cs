namespace ClinicCms.Web.Features.Site;

/// <summary>Keys of what the controller hands every view besides its model.</summary>
public static class SiteViewData
{
    /// <summary>The home node (an <see cref="ClinicCms.Core.Published.IPublishedContent"/>) holding the site settings.</summary>
    public const string Home = "Home";
}
