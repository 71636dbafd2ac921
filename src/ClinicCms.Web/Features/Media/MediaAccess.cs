using ClinicCms.Web.Features.Content;

namespace ClinicCms.Web.Features.Media;

/// <summary>
/// Who may do what with media (checked by the media services themselves, like content permissions):
/// <list type="bullet">
/// <item>Users with the <b>Media section</b> (Administrators, Editors) manage the library: folders, upload, rename,
/// alt text, focal point, move, recycle bin, restore, delete.</item>
/// <item>Users without it who may create or edit content (Writers) use the media picker of the content editor: they
/// browse and search the library, upload in place, and describe (alt text, decorative) an image <b>that no published
/// page shows</b>, so their draft can be reviewed complete. Whatever the public site already shows, they cannot
/// change: media have no drafts, so such a change would go live without an editor's review. They never rename, move,
/// trash or delete.</item>
/// </list>
/// </summary>
public static class MediaAccess
{
    public static bool CanManageMedia(this ContentUser user) => user.HasSection(BackOfficeSections.Media);

    public static bool CanPickMedia(this ContentUser user) =>
        user.CanManageMedia() || user.Can(ContentPermissions.Create) || user.Can(ContentPermissions.Update);

    public const string ManageMessage = "You do not have access to the Media section: ask an editor to change the media library. Nothing was changed.";

    public const string PickMessage = "You do not have permission to use the media library: nothing was changed.";

    public const string LiveImageMessage =
        "This image is on the public site already: ask an editor to change its alternative text. Nothing was changed.";
}
