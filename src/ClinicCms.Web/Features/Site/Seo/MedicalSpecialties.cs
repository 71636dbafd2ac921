namespace ClinicCms.Web.Features.Site.Seo;

/// <summary>
/// Maps the free-text specialties editors type to members of schema.org's <c>MedicalSpecialty</c> enumeration,
/// the only values <c>medicalSpecialty</c> accepts; anything else is still published as <c>knowsAbout</c>.
/// </summary>
public static class MedicalSpecialties
{
    private static readonly (string[] Words, string Specialty)[] Known =
    [
        (["oncolog", "cancer", "chemotherap", "tumour", "tumor"], "Oncologic"),
        (["surg"], "Surgical"),
        (["radiolog", "imaging", "mammogra"], "Radiography"),
        (["patholog"], "Pathology"),
        (["gynaec", "gynec"], "Gynecologic"),
        (["genetic"], "Genetic"),
        (["psychiatr"], "Psychiatric"),
        (["nutrition", "diet"], "DietNutrition"),
        (["physiotherap"], "Physiotherapy"),
        (["plastic", "reconstruct"], "PlasticSurgery"),
    ];

    /// <summary>The enumeration member's URL (<c>https://schema.org/Oncologic</c>), or null when none fits.</summary>
    public static string? Match(string specialty)
    {
        var text = specialty.ToLowerInvariant();
        foreach (var (words, name) in Known)
        {
            if (words.Any(text.Contains))
            {
                return "https://schema.org/" + name;
            }
        }

        return null;
    }
}
