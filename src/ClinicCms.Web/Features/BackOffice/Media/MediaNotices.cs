using ClinicCms.Web.Features.BackOffice.Content;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>The message shown after a redirect in the Media section, named in the query string so no cookie is needed.</summary>
public static class MediaNotices
{
    public static Notice? After(string? notice) => notice switch
    {
        "saved" => new("positive", "Saved."),
        "created" => new("positive", "Folder created. Upload files into it, or drop them here."),
        "moved" => new("positive", "Moved."),
        "trashed" => new("positive", "Moved to the Recycle Bin. Its files are no longer on the public site; restore it from the Recycle Bin."),
        "restored" => new("positive", "Restored from the Recycle Bin."),
        "deleted" => new("positive", "Deleted for good."),
        _ => null,
    };
}
