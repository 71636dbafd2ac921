using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.BackOffice.Media;

/// <summary>The back office (an administrator, a writer and editors) with the media files in a temporary folder of its own.</summary>
public sealed class MediaSectionApplication : BackOfficeApplication
{
    public MediaSectionApplication()
    {
        Root = Path.Combine(Path.GetTempPath(), "cliniccms-media-section-tests", Guid.NewGuid().ToString("N"));
        Settings[MediaPaths.MediaRootKey] = Path.Combine(Root, "media");
        Settings[MediaPaths.CacheFolderKey] = Path.Combine(Root, "cache");
        Settings["ClinicCms:Media:UploadTempFolder"] = Path.Combine(Root, "uploads");
    }

    public string Root { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
