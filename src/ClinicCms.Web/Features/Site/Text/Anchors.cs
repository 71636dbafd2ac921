using ClinicCms.Core.Content;

namespace ClinicCms.Web.Features.Site.Text;

/// <summary>Readable, unique fragment ids for headings (<c>#what-is-chemotherapy</c>), as Umbraco makes URL segments.</summary>
public sealed class Anchors
{
    private readonly HashSet<string> _used = ["main", "top"];

    public string For(string heading)
    {
        var slug = UrlSegments.ForName(heading);
        if (slug.Length == 0 || !char.IsAsciiLetter(slug[0]))
        {
            slug = "section-" + slug;
        }

        var anchor = slug;
        for (var i = 2; !_used.Add(anchor); i++)
        {
            anchor = $"{slug}-{i}";
        }

        return anchor;
    }
}
