using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicCms.Web.Features.Site.Builders;
using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Seo;

/// <summary>
/// Schema.org JSON-LD for each page type, one <c>@graph</c> per page: <c>MedicalWebPage</c> (with
/// <c>reviewedBy</c> and <c>lastReviewed</c>) for articles, <c>IndividualPhysician</c> for specialists,
/// <c>MedicalClinic</c> and <c>WebSite</c> on the home page; nodes refer to each other by <c>@id</c>.
/// </summary>
public static class StructuredData
{
    // The default encoder escapes <, > and &, so the text can never close the script element it sits in.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    public static string Home(PageContext page, string? description, IReadOnlyList<SpecialistProfile> specialists)
    {
        var clinic = Clinic(page);
        clinic["description"] = description;
        var specialties = specialists.SelectMany(s => s.Specialties).Select(MedicalSpecialties.Match).OfType<string>().Distinct().ToArray();
        if (specialties.Length > 0)
        {
            clinic["medicalSpecialty"] = Array(specialties);
        }

        var website = new JsonObject
        {
            ["@type"] = "WebSite",
            ["@id"] = page.Absolute("/") + "#website",
            ["url"] = page.Absolute("/"),
            ["name"] = page.ClinicName,
            ["inLanguage"] = "en-IN",
            ["publisher"] = Ref(page.Absolute("/") + "#clinic"),
        };
        return Graph(website, clinic);
    }

    public static string Article(PageContext page, Article content, ArticleSeo article)
    {
        var description = article.Description;
        var webPage = new JsonObject
        {
            ["@type"] = "MedicalWebPage",
            ["@id"] = article.CanonicalUrl + "#webpage",
            ["url"] = article.CanonicalUrl,
            ["name"] = article.Title,
            ["headline"] = article.Title,
            ["description"] = description,
            ["inLanguage"] = "en-IN",
            ["datePublished"] = Date(content.CreateDate),
            ["dateModified"] = Date(content.UpdateDate),
            ["medicalAudience"] = "https://schema.org/Patient",
            ["isPartOf"] = Ref(page.Absolute("/") + "#website"),
            ["publisher"] = Ref(page.Absolute("/") + "#clinic"),
            ["breadcrumb"] = Breadcrumbs(page, article.Breadcrumbs),
        };
        if (content.Tags.Count > 0)
        {
            webPage["keywords"] = string.Join(", ", content.Tags);
        }

        if (article.LastReviewed is { } reviewed)
        {
            webPage["lastReviewed"] = Date(reviewed);
        }

        if (article.Reviewer is { } reviewer)
        {
            var url = page.Absolute(reviewer.Url);
            webPage["reviewedBy"] = new JsonObject
            {
                ["@type"] = "IndividualPhysician",
                ["@id"] = url + "#physician",
                ["name"] = reviewer.Name,
                ["url"] = url,
            };
        }

        if (article.HeroImage is { } image)
        {
            webPage["image"] = page.Absolute(image.Src);
        }

        return Graph(webPage, Clinic(page, brief: true));
    }

    public static string Specialist(PageContext page, SpecialistProfile content, SpecialistSeo profile)
    {
        var description = profile.Description;
        var url = page.Absolute(content.Url);
        var physician = new JsonObject
        {
            ["@type"] = "IndividualPhysician",
            ["@id"] = url + "#physician",
            ["name"] = profile.Name,
            ["url"] = url,
            ["description"] = description,
            ["practicesAt"] = Ref(page.Absolute("/") + "#clinic"),
        };
        if (profile.Photo is { } photo) physician["image"] = page.Absolute(photo.Src);
        if (profile.Phone is { } phone) physician["telephone"] = phone;
        if (content.Qualifications is { Length: > 0 } qualifications)
        {
            physician["hasCredential"] = new JsonObject { ["@type"] = "EducationalOccupationalCredential", ["name"] = qualifications };
        }

        if (content.Specialties.Count > 0)
        {
            physician["knowsAbout"] = Array(content.Specialties);
            if (content.Specialties.Select(MedicalSpecialties.Match).OfType<string>().Distinct().ToArray() is { Length: > 0 } specialties)
            {
                physician["medicalSpecialty"] = Array(specialties);
            }
        }

        if (content.Languages.Count > 0) physician["knowsLanguage"] = Array(content.Languages);
        if (profile.Hospitals.Count > 0)
        {
            physician["hospitalAffiliation"] = new JsonArray([.. profile.Hospitals.Select(h => (JsonNode)new JsonObject { ["@type"] = "Hospital", ["name"] = h })]);
        }

        var webPage = new JsonObject
        {
            ["@type"] = "ProfilePage",
            ["@id"] = url + "#webpage",
            ["url"] = url,
            ["name"] = profile.Name,
            ["inLanguage"] = "en-IN",
            ["mainEntity"] = Ref(url + "#physician"),
            ["isPartOf"] = Ref(page.Absolute("/") + "#website"),
            ["breadcrumb"] = Breadcrumbs(page, profile.Breadcrumbs),
        };
        return Graph(webPage, physician, Clinic(page, brief: true));
    }

    /// <summary>A plain <c>WebPage</c> (or <c>CollectionPage</c> for lists) with its breadcrumbs.</summary>
    public static string WebPage(PageContext page, string type, string name, string url, string? description, IReadOnlyList<LinkItem> breadcrumbs) =>
        Graph(new JsonObject
        {
            ["@type"] = type,
            ["@id"] = page.Absolute(url) + "#webpage",
            ["url"] = page.Absolute(url),
            ["name"] = name,
            ["description"] = description,
            ["inLanguage"] = "en-IN",
            ["isPartOf"] = Ref(page.Absolute("/") + "#website"),
            ["breadcrumb"] = Breadcrumbs(page, breadcrumbs),
        });

    private static JsonObject Clinic(PageContext page, bool brief = false)
    {
        var clinic = new JsonObject
        {
            ["@type"] = "MedicalClinic",
            ["@id"] = page.Absolute("/") + "#clinic",
            ["name"] = page.ClinicName,
            ["url"] = page.Absolute("/"),
        };
        if (brief || page.Home is not { } home)
        {
            return clinic;
        }

        if (home.Phone is { Length: > 0 } phone) clinic["telephone"] = phone;
        if (home.Email is { Length: > 0 } email) clinic["email"] = email;
        if (PageContext.Lines(home.Address) is { Count: > 0 } lines) clinic["address"] = string.Join(", ", lines);
        return clinic;
    }

    private static JsonObject? Breadcrumbs(PageContext page, IReadOnlyList<LinkItem> items) => items.Count == 0 ? null : new JsonObject
    {
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = new JsonArray([.. items.Select((item, i) => (JsonNode)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = item.Text,
            ["item"] = page.Absolute(item.Url),
        })]),
    };

    private static JsonObject Ref(string id) => new() { ["@id"] = id };

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Graph(params JsonObject[] nodes)
    {
        foreach (var node in nodes)
        {
            foreach (var empty in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                node.Remove(empty);
            }
        }

        var graph = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = new JsonArray([.. nodes]) };
        return graph.ToJsonString(Json);
    }
}
