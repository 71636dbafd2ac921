using Microsoft.AspNetCore.OutputCaching;

namespace ClinicCms.Web.Features.Site.Caching;

/// <summary>
/// Output caching for public answers: anonymous GET and HEAD requests only (never a signed-in editor's, whose
/// pages may show previews), 200 and 404 answers without cookies. The query keys the pages use and the
/// Accept-Encoding header (pages are cached compressed) vary the entry; tags are added while the page renders.
/// </summary>
public sealed class PublishedPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublishedPage";

    /// <summary>The only query keys that change a public page; any other query string gets the same entry.</summary>
    public static readonly string[] QueryKeys = ["tag", "q", "page"];

    /// <summary>How long a page stays cached when nothing evicts it first.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>No sign-in or session cookie. Anonymous visitors send none, so the usual answer needs no cookie parsing.</summary>
    public static bool IsAnonymous(HttpRequest request) =>
        request.Headers.Cookie.Count == 0
        || !request.Cookies.Keys.Any(k => k.StartsWith(".AspNetCore.", StringComparison.Ordinal) || k.StartsWith("UMB", StringComparison.Ordinal));

    /// <summary>
    /// Whether the output cache may store this answer, as far as it has decided while the page is made (the output
    /// cache on, an anonymous GET or HEAD); what the hot page cache copies and the page's tags are recorded for.
    /// </summary>
    public static bool MayStore(HttpContext context) =>
        context.Features.Get<IOutputCacheFeature>()?.Context is { EnableOutputCaching: true, AllowCacheStorage: true };

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && IsAnonymous(request);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = QueryKeys;
        context.CacheVaryByRules.HeaderNames = "Accept-Encoding";
        context.Tags.Add(CacheTags.Page);
        context.ResponseExpirationTimeSpan = Lifetime;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var status = response.StatusCode;
        if ((status != StatusCodes.Status200OK && status != StatusCodes.Status404NotFound) || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        if (context.AllowCacheStorage)
        {
            context.HttpContext.Items[typeof(HotPageCapture)] = new HotPageCapture(context.Tags);
        }

        return ValueTask.CompletedTask;
    }
}
