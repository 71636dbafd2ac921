using System.Runtime.CompilerServices;
using Microsoft.Net.Http.Headers;

namespace ClinicCms.Web.Features.Site.Caching;

/// <summary>
/// First in the pipeline: answers anonymous GET and HEAD requests for public pages from <see cref="HotPageCache"/>
/// without running anything else, and keeps a copy of what the output cache stores. The key is the output cache's:
/// the path (any letter case), the query keys pages use, and the Accept-Encoding header (pages are cached compressed).
/// </summary>
public sealed class HotPageMiddleware(RequestDelegate next, HotPageCache cache)
{
    private const int MaxPageBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsCandidate(request))
        {
            await next(context);
            return;
        }

        if (TryGet(request, out var page) && !page.Expired)
        {
            await WriteAsync(context, page);
            return;
        }

        if (!HttpMethods.IsGet(request.Method))
        {
            await next(context);
            return;
        }

        var key = Key(request);
        var generation = cache.Generation;
        var response = context.Response;
        var body = response.Body;
        // Only an answer the output cache may store can become a hot page: with the output cache off, none.
        // Asked at the first write, while the output cache middleware's feature is set: the policy's ServeResponseAsync,
        // which makes the final choice (HotPageCapture), runs only after the whole answer was written.
        await using var copy = new TeeStream(body, MaxPageBytes, () => PublishedPageCachePolicy.MayStore(context));
        response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        if (context.Items[typeof(HotPageCapture)] is HotPageCapture capture && copy.Complete
            && response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status404NotFound
            && response.Headers.SetCookie.Count == 0 && !context.RequestAborted.IsCancellationRequested)
        {
            var headers = response.Headers
                .Where(h => !h.Key.Equals(HeaderNames.Date, StringComparison.OrdinalIgnoreCase)
                    && !h.Key.Equals(HeaderNames.Server, StringComparison.OrdinalIgnoreCase)
                    && !h.Key.Equals(HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)
                    && !h.Key.Equals(HeaderNames.TransferEncoding, StringComparison.OrdinalIgnoreCase))
                .ToArray();
            var etag = response.Headers.ETag.ToString();
            cache.Store(key, new HotPage(response.StatusCode, headers, copy.ToArray(), etag.Length > 0 ? etag : null, [.. capture.Tags], Environment.TickCount64), generation);
        }
    }

    private static bool IsCandidate(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Path.StartsWithSegments("/umbraco", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/media", StringComparison.OrdinalIgnoreCase)
        && IsPageLike(request.Path.Value ?? "/")
        && PublishedPageCachePolicy.IsAnonymous(request);

    // Pages end in a slash or have no extension; of files, only the SEO ones (sitemap.xml, robots.txt) are pages.
    // Static files never pass through the copying stream (it would turn their sendfile into a copy).
    private static bool IsPageLike(string path)
    {
        var last = path.AsSpan(path.LastIndexOf('/') + 1);
        return !last.Contains('.') || last.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || last.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
    }

    private bool TryGet(HttpRequest request, out HotPage page)
    {
        var key = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[512]);
        AppendKey(ref key, request);
        var found = cache.TryGet(key.Text, out page);
        key.Clear();
        return found;
    }

    private static string Key(HttpRequest request)
    {
        var key = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[512]);
        AppendKey(ref key, request);
        return key.ToStringAndClear();
    }

    private static void AppendKey(ref DefaultInterpolatedStringHandler key, HttpRequest request)
    {
        // The scheme too: HTTPS answers carry HSTS, plain ones do not.
        key.AppendFormatted(request.Scheme);
        key.AppendLiteral(":");
        var path = (request.Path.Value ?? "/").AsSpan();
        var lower = path.Length <= 256 ? stackalloc char[256] : new char[path.Length];
        path.ToLowerInvariant(lower);
        key.AppendFormatted(lower[..path.Length]);
        foreach (var name in request.QueryString.HasValue ? PublishedPageCachePolicy.QueryKeys : [])
        {
            if (request.Query.TryGetValue(name, out var value))
            {
                key.AppendLiteral("\n");
                key.AppendFormatted(name);
                key.AppendLiteral("=");
                key.AppendFormatted(value.ToString());
            }
        }

        key.AppendLiteral("\n");
        key.AppendFormatted(request.Headers.AcceptEncoding.ToString());
    }

    private static Task WriteAsync(HttpContext context, HotPage page)
    {
        var response = context.Response;
        response.StatusCode = page.StatusCode;
        foreach (var (name, value) in page.Headers)
        {
            response.Headers[name] = value;
        }

        response.Headers.Age = page.AgeText;

        if (page.StatusCode == StatusCodes.Status200OK && page.ETag is { } etag && Matches(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentLength = page.Body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.BodyWriter.WriteAsync(page.Body).AsTask();
    }

    private static bool Matches(HttpRequest request, string etag) =>
        EntityTagHeaderValue.TryParse(etag, out var tag)
        && EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));
}
