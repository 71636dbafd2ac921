using ClinicCms.Core.PropertyEditors;

namespace ClinicCms.Core.Published;

/// <summary>A picked media item with the focal point the picker set locally (else the image's own).</summary>
public sealed record MediaWithCrops(IPublishedContent Media, FocalPoint? LocalFocalPoint)
{
    public string Url => Media.Url;

    public string Name => Media.Name;
}
