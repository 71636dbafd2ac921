using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Site.Caching;
using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.Infrastructure.Security;

namespace ClinicCms.Web.Features.Site.Builders;

/// <summary>
/// Page models built once per snapshot, node and site address, for the page types whose model depends on nothing
/// else (not the list pages, which read the query string). Building an article's model (chrome, breadcrumbs,
/// related cards, JSON-LD and its CSP hash) was about a quarter of an uncached render's CPU (bench/README.md). The
/// HTML is still rendered on every request: only the model is kept. What building it recorded is replayed on every
/// request that reuses it: the nodes it read (<see cref="RenderDependencies"/>, for the page's cache tags), the tags
/// it added (<see cref="CacheTags"/>) and the JSON-LD's hash in the CSP header. A publish makes a new snapshot, and
/// so new models; the old snapshot's go with it.
/// </summary>
public static class PageModelCache
{
    /// <summary>
    /// Models kept per snapshot; when full it starts again. The pages read over and over stay built; a crawl of
    /// every page, which no bound could hold, pins at most this many models beside the converted-values budget.
    /// </summary>
    public const int PagesPerSnapshot = 64;

    private static readonly ConditionalWeakTable<PublishedSnapshot, ConcurrentDictionary<(Guid Node, string Site), KeptPage>> Snapshots = [];

    public static PageModel Get(PageContext page, IPublishedContent content, Func<PageContext, IPublishedContent, PageModel> build)
    {
        var pages = Snapshots.GetValue(page.Snapshot, _ => new());
        var key = (content.Key, page.SiteAddress);
        if (pages.TryGetValue(key, out var kept))
        {
            kept.Replay(page.Http);
            return kept.Model;
        }

        var tagsBefore = CacheTags.Added(page.Http).ToHashSet();
        PageModel model;
        RenderDependencies recorded;
        using (RenderDependencies.Suspend())
        using (var scope = RenderDependencies.Begin())
        {
            recorded = scope.Dependencies;
            model = build(page, content);
        }

        kept = new KeptPage(model, [.. recorded.Content], [.. recorded.Children],
            [.. CacheTags.Added(page.Http).Where(t => !tagsBefore.Contains(t))], page.InlineScript);
        kept.Replay(page.Http);
        if (pages.Count >= PagesPerSnapshot)
        {
            pages.Clear();
        }

        pages[key] = kept;
        return model;
    }

    private sealed record KeptPage(PageModel Model, Guid[] Content, Guid[] Children, string[] Tags, AllowedScript? Script)
    {
        public void Replay(HttpContext http)
        {
            foreach (var key in Content)
            {
                RenderDependencies.ContentRead(key);
            }

            foreach (var key in Children)
            {
                RenderDependencies.ChildrenRead(key);
            }

            foreach (var tag in Tags)
            {
                CacheTags.Add(http, tag);
            }

            if (Script is not null)
            {
                http.AllowInlineScript(Script);
            }
        }
    }
}
