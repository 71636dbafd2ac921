using System.ComponentModel.DataAnnotations;

namespace ClinicCms.Web.Features.Media;

/// <summary>Settings of the media library (section <c>ClinicCms:Media</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "ClinicCms:Media";

    /// <summary>The largest file an editor may upload, in bytes. Default 20 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How many files one upload request may carry. Default 20.</summary>
    [Range(1, 1000)]
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>
    /// The only widths and heights the image processor generates (<c>?width=</c>, <c>?height=</c>); any other size
    /// is refused, so nobody can fill the disk by asking for every size. Also the widths of <c>srcset</c>.
    /// </summary>
    public int[] AllowedSizes { get; set; } = [160, 320, 480, 640, 800, 1024, 1280, 1600, 1920];

    /// <summary>JPEG and WebP quality when the URL does not ask for one. Default 80.</summary>
    [Range(1, 100)]
    public int DefaultQuality { get; set; } = 80;

    /// <summary>How many processed versions of one image are kept on disk; the oldest go first. Default 200.</summary>
    [Range(1, 100_000)]
    public int MaxCachedVariantsPerImage { get; set; } = 200;

    /// <summary>Images with more pixels than this are refused on upload (a tiny file can decode to gigabytes). Default 50 million.</summary>
    [Range(1, long.MaxValue)]
    public long MaxImagePixels { get; set; } = 50_000_000;

    /// <summary>The size of the back office's square thumbnails: the first allowed size from 320 (sharp at 160 CSS pixels on HiDPI screens).</summary>
    public int ThumbnailSize() => AllowedSizes.Where(s => s >= 320).DefaultIfEmpty(AllowedSizes.Max()).Min();

    /// <summary>Where uploads are checked before they are stored; relative paths start at the content root.</summary>
    public string UploadTempFolder { get; set; } = "umbraco/Data/TEMP/MediaUploads";
}
