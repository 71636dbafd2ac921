using System.Diagnostics.Metrics;

namespace ClinicCms.Web.Features.Media.Processing;

/// <summary>Counters of the image processor (meter <c>ClinicCms.Media</c>), for dashboards and for the tests.</summary>
public sealed class MediaMetrics
{
    public const string MeterName = "ClinicCms.Media";

    private readonly Counter<long> _processed;
    private readonly Counter<long> _cacheHits;

    public MediaMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _processed = meter.CreateCounter<long>("cliniccms.media.images_processed", description: "Images resized or cropped (cache misses).");
        _cacheHits = meter.CreateCounter<long>("cliniccms.media.cache_hits", description: "Processed images served from the disk cache.");
    }

    public void Processed() => _processed.Add(1);

    public void CacheHit() => _cacheHits.Add(1);
}
