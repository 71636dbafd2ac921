namespace ClinicCms.Web.Features.Site.Caching;

/// <summary>
/// The output-cache tags of public pages. A page is tagged with what it showed, so a publish evicts exactly the
/// pages that showed the changed node, listed the changed children, or picked articles by a changed topic.
/// </summary>
public static class CacheTags
{
    /// <summary>Every cached public response (a schema import evicts them all).</summary>
    public const string Page = "page";

    /// <summary>Answers that depend on every published page (sitemap, search results): any change evicts them.</summary>
    public const string AnyContent = "any-content";

    /// <summary>Not-found pages: a new URL may now exist.</summary>
    public const string NotFound = "not-found";

    private const string ItemKey = "ClinicCms.CacheTags";

    public static string Content(Guid key) => $"n:{key:N}";

    public static string Children(Guid key) => $"c:{key:N}";

    /// <summary>Pages listing the articles a specialist reviewed.</summary>
    public static string ReviewedBy(Guid specialist) => $"r:{specialist:N}";

    public static string Topic(string topic) => $"t:{topic.Trim().ToLowerInvariant()}";

    /// <summary>Adds a tag to the page being rendered (beyond the nodes the snapshot saw it read).</summary>
    public static void Add(HttpContext context, string tag)
    {
        if (context.Items[ItemKey] is not HashSet<string> tags)
        {
            context.Items[ItemKey] = tags = [];
        }

        tags.Add(tag);
    }

    /// <summary>Tags the output-cache entry directly (endpoints outside MVC, which have no page filter).</summary>
    public static void AddToEntry(HttpContext context, string tag) =>
        context.Features.Get<Microsoft.AspNetCore.OutputCaching.IOutputCacheFeature>()?.Context.Tags.Add(tag);

    public static IEnumerable<string> Added(HttpContext context) =>
        context.Items[ItemKey] as HashSet<string> ?? Enumerable.Empty<string>();
}
