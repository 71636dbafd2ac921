namespace ClinicCms.Web.Features.Content;

/// <summary>
/// What a user may do to content (Umbraco's default permissions). Checked by the content services themselves, so
/// every page, endpoint or tool that changes content is held to the same rules.
/// </summary>
[Flags]
public enum ContentPermissions
{
    None = 0,
    Browse = 1,
    Create = 2,
    Update = 4,
    Publish = 8,
    Unpublish = 16,
    Delete = 32,
    Move = 64,
    Sort = 128,
    Rollback = 256,

    All = Browse | Create | Update | Publish | Unpublish | Delete | Move | Sort | Rollback,
}
