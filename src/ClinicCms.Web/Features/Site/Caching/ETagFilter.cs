using System.Buffers.Text;
using System.IO.Hashing;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace ClinicCms.Web.Features.Site.Caching;

/// <summary>
/// Gives a page an ETag from a hash of its HTML, so every instance and every restart gives the same page the same
/// tag, and answers 304 when the browser already has it. The tag is weak because the page is sent compressed in
/// more than one encoding. Cached pages keep the tag: the output cache answers their conditional requests itself.
/// The hash is XxHash128, not a cryptographic one: it only has to tell versions of a page apart, and hashing a 21 KB
/// page with SHA-256 was 9% of an uncached render's CPU (bench/README.md).
/// </summary>
public sealed class ETagFilter : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            await next();
            return;
        }

        var response = http.Response;
        var body = response.Body;
        await using var buffer = new PageBuffer(32 * 1024); // a typical page fits: no copying as it grows
        response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status404NotFound))
        {
            await body.WriteAsync(buffer.Written, http.RequestAborted);
            return;
        }

        var hash = XxHash128.Hash(buffer.Written.Span);
        var etag = new EntityTagHeaderValue($"\"{Base64Url.EncodeToString(hash)}\"", isWeak: true);
        response.Headers.ETag = etag.ToString();

        if (response.StatusCode == StatusCodes.Status200OK && Matches(http.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            return;
        }

        response.ContentLength = buffer.Length;
        await body.WriteAsync(buffer.Written, http.RequestAborted);
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags) &&
        tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
}
