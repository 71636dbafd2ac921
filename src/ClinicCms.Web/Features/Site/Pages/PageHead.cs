namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>The head of a page: one title and description of its own, its canonical URL, sharing and structured data.</summary>
public sealed record PageHead
{
    /// <summary>The full document title, e.g. "Chemotherapy for metastatic breast cancer | Clinic".</summary>
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The absolute canonical URL; null for pages that have none (search results, errors).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>False for pages hidden from search engines, search results and error pages (<c>noindex</c>).</summary>
    public bool Indexable { get; init; } = true;

    /// <summary>Open Graph type: <c>website</c>, <c>article</c> or <c>profile</c>.</summary>
    public string OpenGraphType { get; init; } = "website";

    public string? OpenGraphTitle { get; init; }

    /// <summary>Absolute URL of the image to show when the page is shared.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The page's JSON-LD, serialised and safe to print inside a script element; null for none.</summary>
    public string? StructuredData { get; init; }
}
