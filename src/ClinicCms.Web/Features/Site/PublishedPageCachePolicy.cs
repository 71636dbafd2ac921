using Microsoft.AspNetCore.OutputCaching;

namespace ClinicCms.Web.Features.Site;

/// <summary>
/// Output caching for public pages: anonymous GET and HEAD requests only (never a signed-in editor's, whose pages may
/// show previews), 200 and 404 answers, tagged so a publish evicts them.
/// </summary>
public sealed class PublishedPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublishedPage";
    public const string ContentTag = "content";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var anonymous = !request.Cookies.Keys.Any(k => k.StartsWith(".AspNetCore.", StringComparison.Ordinal) || k.StartsWith("UMB", StringComparison.Ordinal));
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && anonymous;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(ContentTag);
        context.ResponseExpirationTimeSpan = TimeSpan.FromHours(1);
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

        return ValueTask.CompletedTask;
    }
}
