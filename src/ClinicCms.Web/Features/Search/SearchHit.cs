using Microsoft.AspNetCore.Html;

namespace ClinicCms.Web.Features.Search;

/// <summary>
/// One result: the page's key and a snippet of its text, HTML-encoded except for the <c>&lt;mark&gt;</c>
/// elements around the words that matched.
/// </summary>
public sealed record SearchHit(Guid Key, IHtmlContent Snippet);

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResults None { get; } = new(0, []);
}
