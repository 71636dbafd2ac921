using ClinicCms.Web.Features.Site.Pages;
using Microsoft.AspNetCore.Html;

namespace ClinicCms.Web.Features.Search;

public sealed class SearchPage : PageModel
{
    public string Query { get; init; } = "";
    public int Total { get; init; }
    public int PageNumber { get; init; } = 1;
    public IReadOnlyList<SearchResultView> Results { get; init; } = [];
    public string? PreviousUrl { get; init; }
    public string? NextUrl { get; init; }
}

/// <summary>A result as the page shows it: title, address, kind of page, snippet with the matches marked.</summary>
public sealed record SearchResultView(string Title, string Url, string Kind, IHtmlContent Snippet);
