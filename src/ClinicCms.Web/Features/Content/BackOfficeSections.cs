namespace ClinicCms.Web.Features.Content;

/// <summary>
/// The back-office sections a user's groups open (Umbraco's "allowed sections"). The Media section lets a user manage
/// the library; without it, a user who may edit content still picks and uploads images for it (see
/// <c>MediaAccess</c>).
/// </summary>
[Flags]
public enum BackOfficeSections
{
    None = 0,
    Content = 1,
    Media = 2,
    Users = 4,

    All = Content | Media | Users,
}
