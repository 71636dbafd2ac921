using ClinicCms.Core.Published;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;

namespace ClinicCms.Web.Features.Site.Caching;

/// <summary>
/// Records which nodes a page read while it was built and rendered (<see cref="RenderDependencies"/>) and tags
/// its output-cache entry with them, plus the tags the page builders added (topics, not-found). An answer the output
/// cache will not store (the output cache off, a signed-in editor) records nothing: every value a page reads would
/// take a lock and grow a set for no one.
/// </summary>
public sealed class PageCacheTagsFilter : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        if (!PublishedPageCachePolicy.MayStore(context.HttpContext))
        {
            await next();
            return;
        }

        RenderDependencies dependencies;
        using (var scope = RenderDependencies.Begin())
        {
            dependencies = scope.Dependencies;
            await next();
        }

        var http = context.HttpContext;
        if (http.Features.Get<IOutputCacheFeature>()?.Context is not { } cache)
        {
            return;
        }

        foreach (var key in dependencies.Content)
        {
            cache.Tags.Add(CacheTags.Content(key));
        }

        foreach (var key in dependencies.Children)
        {
            cache.Tags.Add(CacheTags.Children(key));
        }

        foreach (var tag in CacheTags.Added(http))
        {
            cache.Tags.Add(tag);
        }
    }
}
