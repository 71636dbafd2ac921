using SkiaSharp;

namespace ClinicCms.Web.Features.Media.Processing;

/// <summary>The output size, the source window cut from the image, where it lands, and output pixels per source pixel.</summary>
internal sealed record ImagePlan(int OutputWidth, int OutputHeight, SKRect Window, SKRect Destination, float Scale);
