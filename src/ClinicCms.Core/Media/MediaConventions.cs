using Umbraco.Cms.Core;

namespace ClinicCms.Core.Media;

/// <summary>
/// The aliases of the media types and their properties: Umbraco's own conventions, plus the two ClinicCms adds to
/// Image for accessibility (<see cref="AltText"/>, <see cref="IsDecorative"/>).
/// </summary>
public static class MediaConventions
{
    public const string Folder = Constants.Conventions.MediaTypes.Folder;
    public const string Image = Constants.Conventions.MediaTypes.Image;
    public const string File = Constants.Conventions.MediaTypes.File;

    public const string FileProperty = Constants.Conventions.Media.File;
    public const string Width = Constants.Conventions.Media.Width;
    public const string Height = Constants.Conventions.Media.Height;
    public const string Bytes = Constants.Conventions.Media.Bytes;
    public const string Extension = Constants.Conventions.Media.Extension;

    public const string AltText = "altText";
    public const string IsDecorative = "isDecorative";
}
