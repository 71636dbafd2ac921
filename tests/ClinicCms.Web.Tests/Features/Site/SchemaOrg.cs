using System.Text.Json;

namespace ClinicCms.Web.Tests.Features.Site;

/// <summary>
/// The part of the schema.org vocabulary (v29) our pages use, written down from schema.org's type pages: each
/// type's properties with the types they expect, inherited ones included through the parents. Structured data is
/// valid when every property it uses belongs to its type and every value is of an expected type.
/// </summary>
public static class SchemaOrg
{
    // Expected value kinds: "Text", "URL", "Date", "Integer", "Boolean", "@id" (a reference), or a type name.
    private static readonly Dictionary<string, (string[] Parents, Dictionary<string, string[]> Properties)> Types = new()
    {
        ["Thing"] = ([], new()
        {
            ["name"] = ["Text"], ["url"] = ["URL"], ["description"] = ["Text"], ["image"] = ["URL", "ImageObject"],
            ["identifier"] = ["Text", "URL"], ["sameAs"] = ["URL"], ["alternateName"] = ["Text"],
            ["mainEntityOfPage"] = ["URL", "CreativeWork"],
        }),
        ["CreativeWork"] = (["Thing"], new()
        {
            ["headline"] = ["Text"], ["inLanguage"] = ["Text"], ["datePublished"] = ["Date"], ["dateModified"] = ["Date"],
            ["keywords"] = ["Text"], ["publisher"] = ["Organization", "Person"], ["author"] = ["Organization", "Person"],
            ["isPartOf"] = ["CreativeWork", "URL"], ["about"] = ["Thing"], ["mainEntity"] = ["Thing"],
        }),
        ["WebPage"] = (["CreativeWork"], new()
        {
            ["breadcrumb"] = ["BreadcrumbList", "Text"], ["lastReviewed"] = ["Date"], ["reviewedBy"] = ["Organization", "Person"],
            ["primaryImageOfPage"] = ["ImageObject"], ["relatedLink"] = ["URL"], ["specialty"] = ["Specialty"],
        }),
        ["MedicalWebPage"] = (["WebPage"], new() { ["medicalAudience"] = ["MedicalAudience", "MedicalAudienceType"], ["aspect"] = ["Text"] }),
        ["CollectionPage"] = (["WebPage"], []),
        ["ContactPage"] = (["WebPage"], []),
        ["ProfilePage"] = (["WebPage"], []),
        ["WebSite"] = (["CreativeWork"], new() { ["issn"] = ["Text"] }),
        ["Organization"] = (["Thing"], new()
        {
            ["address"] = ["PostalAddress", "Text"], ["email"] = ["Text"], ["telephone"] = ["Text"], ["logo"] = ["URL", "ImageObject"],
            ["knowsLanguage"] = ["Language", "Text"], ["knowsAbout"] = ["Text", "Thing", "URL"],
            ["hasCredential"] = ["EducationalOccupationalCredential"], ["employee"] = ["Person"], ["areaServed"] = ["Place", "Text"],
        }),
        ["Place"] = (["Thing"], new() { ["address"] = ["PostalAddress", "Text"], ["telephone"] = ["Text"], ["geo"] = ["GeoCoordinates"] }),
        ["LocalBusiness"] = (["Organization", "Place"], new() { ["openingHours"] = ["Text"], ["priceRange"] = ["Text"] }),
        ["MedicalOrganization"] = (["Organization"], new()
        {
            ["medicalSpecialty"] = ["MedicalSpecialty"], ["isAcceptingNewPatients"] = ["Boolean"], ["healthPlanNetworkId"] = ["Text"],
        }),
        ["MedicalBusiness"] = (["LocalBusiness"], new() { ["medicalSpecialty"] = ["MedicalSpecialty"] }),
        ["MedicalClinic"] = (["MedicalBusiness", "MedicalOrganization"], new()
        {
            ["availableService"] = ["MedicalProcedure", "MedicalTest", "MedicalTherapy"], ["medicalSpecialty"] = ["MedicalSpecialty"],
        }),
        ["Physician"] = (["MedicalOrganization"], new()
        {
            ["hospitalAffiliation"] = ["Hospital"], ["availableService"] = ["MedicalProcedure", "MedicalTest", "MedicalTherapy"],
            ["medicalSpecialty"] = ["MedicalSpecialty"], ["occupationalCategory"] = ["Text"], ["usNPI"] = ["Text"],
        }),
        ["IndividualPhysician"] = (["Physician"], new() { ["practicesAt"] = ["MedicalOrganization"] }),
        ["Hospital"] = (["Thing"], []),
        ["EducationalOccupationalCredential"] = (["CreativeWork"], new() { ["credentialCategory"] = ["Text"] }),
        ["BreadcrumbList"] = (["Thing"], new() { ["itemListElement"] = ["ListItem"], ["numberOfItems"] = ["Integer"] }),
        ["ListItem"] = (["Thing"], new() { ["position"] = ["Integer"], ["item"] = ["URL", "Thing"] }),
    };

    // Subtypes that may stand where a parent type is expected.
    private static readonly Dictionary<string, string[]> Subtypes = new()
    {
        ["Organization"] = ["MedicalOrganization", "MedicalClinic", "Physician", "IndividualPhysician", "LocalBusiness", "MedicalBusiness"],
        ["MedicalOrganization"] = ["MedicalClinic", "Physician", "IndividualPhysician"],
        ["CreativeWork"] = ["WebPage", "WebSite", "MedicalWebPage"],
        ["Thing"] = [.. Types.Keys],
    };

    /// <summary>The members of the <c>MedicalSpecialty</c> and <c>MedicalAudienceType</c> enumerations we may use.</summary>
    private static readonly HashSet<string> Enumerations =
    [
        "https://schema.org/Oncologic", "https://schema.org/Surgical", "https://schema.org/Radiography", "https://schema.org/Pathology",
        "https://schema.org/Gynecologic", "https://schema.org/Genetic", "https://schema.org/Psychiatric", "https://schema.org/DietNutrition",
        "https://schema.org/Physiotherapy", "https://schema.org/PlasticSurgery", "https://schema.org/Patient", "https://schema.org/Clinician",
    ];

    public static IEnumerable<string> PropertiesOf(string type)
    {
        var (parents, properties) = Types[type];
        return properties.Keys.Concat(parents.SelectMany(PropertiesOf)).Distinct();
    }

    /// <summary>Every problem with a node (and the nodes inside it), as "Type.property: why"; empty when valid.</summary>
    public static IEnumerable<string> Problems(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var typeElement))
        {
            return node.EnumerateObject().Any(p => p.Name != "@id") ? ["a node without @type has properties besides @id"] : [];
        }

        var type = typeElement.GetString()!;
        if (!Types.ContainsKey(type))
        {
            return [$"{type}: not a type this site may use"];
        }

        var problems = new List<string>();
        foreach (var property in node.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
        {
            var expected = Expected(type, property.Name);
            if (expected is null)
            {
                problems.Add($"{type}.{property.Name}: not a property of {type}");
                continue;
            }

            var values = property.Value.ValueKind == JsonValueKind.Array ? [.. property.Value.EnumerateArray()] : new[] { property.Value };
            foreach (var value in values)
            {
                problems.AddRange(CheckValue(type, property.Name, value, expected));
            }
        }

        return problems;
    }

    private static string[]? Expected(string type, string property)
    {
        var (parents, properties) = Types[type];
        return properties.TryGetValue(property, out var expected) ? expected : parents.Select(p => Expected(p, property)).FirstOrDefault(e => e is not null);
    }

    private static IEnumerable<string> CheckValue(string type, string property, JsonElement value, string[] expected)
    {
        var where = $"{type}.{property}";
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                if (!value.TryGetProperty("@type", out var nested))
                {
                    return value.TryGetProperty("@id", out _) ? [] : [$"{where}: an object without @type or @id"];
                }

                var nestedType = nested.GetString()!;
                var fits = expected.Any(e => e == nestedType || (Subtypes.TryGetValue(e, out var subs) && subs.Contains(nestedType)));
                return fits ? Problems(value) : [$"{where}: {nestedType} is not one of {string.Join(", ", expected)}"];
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (expected.Contains("Date"))
                {
                    return DateOnly.TryParseExact(text, "yyyy-MM-dd", out _) ? [] : [$"{where}: '{text}' is not an ISO 8601 date"];
                }

                if (expected.Contains("URL") && !expected.Contains("Text"))
                {
                    return Uri.TryCreate(text, UriKind.Absolute, out _) ? [] : [$"{where}: '{text}' is not an absolute URL"];
                }

                if (expected.Contains("MedicalSpecialty") || expected.Contains("MedicalAudienceType"))
                {
                    return Enumerations.Contains(text) ? [] : [$"{where}: '{text}' is not an enumeration member"];
                }

                return expected.Contains("Text") || expected.Contains("URL") ? [] : [$"{where}: text where {string.Join(", ", expected)} is expected"];
            case JsonValueKind.Number:
                return expected.Contains("Integer") ? [] : [$"{where}: a number where {string.Join(", ", expected)} is expected"];
            case JsonValueKind.True or JsonValueKind.False:
                return expected.Contains("Boolean") ? [] : [$"{where}: a boolean where {string.Join(", ", expected)} is expected"];
            default:
                return [$"{where}: {value.ValueKind} is not a value"];
        }
    }
}
