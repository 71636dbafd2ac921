namespace ClinicCms.Web.Features.Site.Caching;

/// <summary>
/// Set on a request by <see cref="PublishedPageCachePolicy"/> when the output cache stores its answer: the tags the
/// entry ends up with (the same set, filled in while the page renders), so the hot copy is tagged alike.
/// </summary>
public sealed class HotPageCapture(ISet<string> tags)
{
    public ISet<string> Tags { get; } = tags;
}
