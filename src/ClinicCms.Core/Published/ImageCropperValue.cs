using ClinicCms.Core.PropertyEditors;

namespace ClinicCms.Core.Published;

/// <summary>An image file with its focal point; the crops are defined on the data type.</summary>
public sealed record ImageCropperValue(string Src, FocalPoint? FocalPoint)
{
    public override string ToString() => Src;
}
