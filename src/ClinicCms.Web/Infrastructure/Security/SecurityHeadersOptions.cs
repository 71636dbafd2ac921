namespace ClinicCms.Web.Infrastructure.Security;

/// <summary>
/// The security headers every response carries. The Content-Security-Policy can differ by path prefix (the back
/// office at <c>/umbraco</c> may need more than the public site); the longest matching prefix wins.
/// </summary>
public sealed class SecurityHeadersOptions
{
    private readonly List<(PathString Prefix, ContentSecurityPolicy Policy)> _paths = [];

    public ContentSecurityPolicy ContentSecurityPolicy { get; set; } = ContentSecurityPolicy.Strict;

    /// <summary>Turns off the browser features the site does not use.</summary>
    public string PermissionsPolicy { get; set; } =
        "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), encrypted-media=(), " +
        "fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), " +
        "picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";

    /// <summary>Derives the policy for every path under <paramref name="prefix"/> from the site's policy.</summary>
    public SecurityHeadersOptions ForPath(PathString prefix, Func<ContentSecurityPolicy, ContentSecurityPolicy> change)
    {
        _paths.RemoveAll(p => p.Prefix.Equals(prefix));
        _paths.Add((prefix, change(ContentSecurityPolicy)));
        _paths.Sort((a, b) => b.Prefix.Value!.Length.CompareTo(a.Prefix.Value!.Length));
        return this;
    }

    public ContentSecurityPolicy PolicyFor(PathString path)
    {
        foreach (var (prefix, policy) in _paths)
        {
            if (path.StartsWithSegments(prefix))
            {
                return policy;
            }
        }

        return ContentSecurityPolicy;
    }
}
