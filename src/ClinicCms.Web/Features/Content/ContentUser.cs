namespace ClinicCms.Web.Features.Content;

/// <summary>Who performs a content operation, for versions and the audit trail.</summary>
public sealed record ContentUser(int? Id, string Name)
{
    /// <summary>Changes made by ClinicCms itself, such as a uSync import.</summary>
    public static ContentUser System { get; } = new(null, "System");

    public static ContentUser USync { get; } = new(null, "uSync");
}
