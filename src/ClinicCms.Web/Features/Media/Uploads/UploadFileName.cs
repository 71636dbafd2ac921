using ClinicCms.Core.Content;

namespace ClinicCms.Web.Features.Media.Uploads;

/// <summary>
/// The name an uploaded file is stored under. Browsers send a bare file name; a name with a folder in it
/// (<c>../../web.config</c>, <c>C:\photos\a.jpg</c>) comes from a crafted request and is refused. The rest is cleaned
/// with Umbraco's safe-file-name rules, so what reaches the disk is always a plain, safe name.
/// </summary>
public sealed record UploadFileName(string Original, string SafeName, string Extension, string MediaName)
{
    private const int MaxLength = 200;

    public static UploadFileName Parse(string? original, out string? problem)
    {
        var name = (original ?? string.Empty).Trim();
        problem = name switch
        {
            { Length: 0 } => "The file has no name.",
            { Length: > MaxLength } => $"The file name is longer than {MaxLength} characters.",
            _ when name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal) =>
                "The file name contains a folder path; only a plain file name is accepted.",
            _ when name.Any(char.IsControl) || name.Contains(':') => "The file name contains characters that are not allowed.",
            _ => null,
        };
        if (problem is not null)
        {
            return new UploadFileName(name, string.Empty, string.Empty, string.Empty);
        }

        var extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
        var stem = Path.GetFileNameWithoutExtension(name);
        var safeStem = UrlSegments.SafeFileName(stem).Trim('.', '-', '_', ' ');
        if (extension.Length == 0 || !extension.All(char.IsAsciiLetterOrDigit))
        {
            problem = "The file name has no extension (such as .jpg or .pdf).";
            return new UploadFileName(name, string.Empty, extension, string.Empty);
        }

        if (safeStem.Length == 0)
        {
            safeStem = "file";
        }

        var mediaName = stem.Replace('_', ' ').Replace('-', ' ').Trim();
        return new UploadFileName(name, $"{safeStem}.{extension}", extension, mediaName.Length == 0 ? safeStem : mediaName);
    }
}
