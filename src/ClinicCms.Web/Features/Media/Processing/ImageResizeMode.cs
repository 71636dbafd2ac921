namespace ClinicCms.Web.Features.Media.Processing;

/// <summary>ImageSharp's resize modes that ClinicCms supports (<c>rmode=</c>).</summary>
public enum ImageResizeMode
{
    /// <summary>Fill the box and cut what does not fit, keeping the focal point in frame (the default).</summary>
    Crop,

    /// <summary>Fit inside the box, keeping the whole image and its proportions.</summary>
    Max,

    /// <summary>Fit inside the box and fill the rest with a transparent (or, for JPEG, white) border.</summary>
    Pad,
}
