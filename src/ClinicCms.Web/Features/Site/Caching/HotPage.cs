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

    private AgeHeader _age = new(0, "0");

    /// <summary>Seconds since it was stored, for the <c>Age</c> header every cached answer carries.</summary>
    public long Age => (Environment.TickCount64 - StoredAt) / 1000;

    /// <summary><see cref="Age"/> as header text, made once a second rather than once a request.</summary>
    public string AgeText
    {
        get
        {
            var seconds = Age;
            var age = _age;
            if (age.Seconds != seconds)
            {
                _age = age = new AgeHeader(seconds, seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return age.Text;
        }
    }

    // One reference, so concurrent requests never see the seconds of one and the text of another.
    private sealed record AgeHeader(long Seconds, string Text);
}
