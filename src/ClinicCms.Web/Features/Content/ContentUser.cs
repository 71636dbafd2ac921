namespace ClinicCms.Web.Features.Content;

/// <summary>Who performs a content or media operation, for versions and the audit trail, and what they may do.</summary>
public sealed record ContentUser(int? Id, string Name, ContentPermissions Permissions = ContentPermissions.All, BackOfficeSections Sections = BackOfficeSections.All)
{
    /// <summary>Changes made by ClinicCms itself, such as a uSync import.</summary>
    public static ContentUser System { get; } = new(null, "System");

    public static ContentUser USync { get; } = new(null, "uSync");

    public bool Can(ContentPermissions permission) => (Permissions & permission) == permission;

    public bool HasSection(BackOfficeSections section) => (Sections & section) == section;
}
