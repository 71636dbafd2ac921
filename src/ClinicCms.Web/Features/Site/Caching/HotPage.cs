using Microsoft.Extensions.Primitives;

namespace ClinicCms.Web.Features.Site.Caching;

/// <summary>
/// One answer as it was sent: status, headers (security headers and ETag included), body, and its tags. It expires
/// when the output cache's entry does (<see cref="PublishedPageCachePolicy.Lifetime"/> after <paramref name="StoredAt"/>,
/// in <see cref="Environment.TickCount64"/> milliseconds).
/// </summary>
public sealed record HotPage(int StatusCode, KeyValuePair<string, StringValues>[] Headers, byte[] Body, string? ETag, string[] Tags, long StoredAt)
{
    public bool Expired => Environment.TickCount64 - StoredAt > PublishedPageCachePolicy.Lifetime.TotalMilliseconds;

    /// <summary>Seconds since it was stored, for the <c>Age</c> header every cached answer carries.</summary>
    public long Age => (Environment.TickCount64 - StoredAt) / 1000;
}
