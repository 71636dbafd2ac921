using ClinicCms.Web.Features.Media;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>Where content uses a media item, in words: its published page, its latest draft, or the content Recycle Bin.</summary>
public static class MediaUsageLabels
{
    public static string State(MediaUsage usage) => usage switch
    {
        { Trashed: true } => "(in the Recycle Bin)",
        { InPublished: true, InDraft: true } => "(published and in the latest draft)",
        { InPublished: true } => "(published page)",
        _ => "(latest draft)",
    };
}
