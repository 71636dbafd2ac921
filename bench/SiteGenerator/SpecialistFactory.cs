using System.Globalization;
using System.Net;
using ClinicCms.Core.Content;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>Specialist profiles: a name, role, credentials, specialties, languages, hospitals and a short biography.</summary>
public sealed class SpecialistFactory(WordBank words, MedicalText text, SiteSchema schema)
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public GeneratedNode Create(int sortOrder, DateTime today)
    {
        var name = UniqueName();
        var role = words.Between(0, words.List("jobtitles").Length - 1);
        var jobTitle = words.List("jobtitles")[role];
        var specialties = words.PickDistinct("specialties", words.Between(2, 3));
        var years = words.Between(5, 32);
        var slots = new Dictionary<string, string>
        {
            ["name"] = name,
            ["years"] = years.ToString(CultureInfo.InvariantCulture),
            ["specialty"] = specialties[0],
            ["topic"] = specialties[0],
        };
        var biography = string.Join('\n', words.PickDistinct("bio", words.Between(2, 4))
            .Select(pattern => $"<p>{WebUtility.HtmlEncode(words.Fill(pattern, slots))} {WebUtility.HtmlEncode(text.Sentence(slots))}</p>"));

        var values = new Dictionary<string, string>
        {
            ["fullName"] = name,
            ["jobTitle"] = jobTitle,
            ["qualifications"] = words.List("qualifications")[role],
            ["specialties"] = StoredValues.Tags(specialties),
            ["languages"] = StoredValues.Tags(words.PickDistinct("languages", words.Between(2, 4))),
            ["hospitals"] = string.Join('\n', words.PickDistinct("hospitals", words.Between(1, 3))),
            ["biography"] = StoredValues.RichText(biography),
            ["consultationDetails"] = words.Pick("consultation"),
            ["appointmentPhone"] = $"+91 33 {words.Between(2000, 2999)} {words.Between(1000, 9999)}",
            ["yearsOfExperience"] = years.ToString(CultureInfo.InvariantCulture),
            ["metaDescription"] = $"{name}, {jobTitle} at the clinic in Kolkata: {string.Join(", ", specialties)}.",
            ["hideFromSearchEngines"] = StoredValues.Flag(false),
            ["photo"] = PhotoValue(),
        };
        if (schema.Contact is { } contact)
        {
            values["appointmentLink"] = StoredValues.Link("Book an appointment", contact.Key);
        }

        var parent = schema.Specialists;
        return new GeneratedNode
        {
            Key = words.NextGuid(),
            Name = name,
            ContentTypeAlias = "specialistProfile",
            ParentKey = parent.Key,
            ParentName = parent.Name,
            Path = SiteSchema.ChildPath(parent.Path ?? "/Home/Specialists", name),
            Level = parent.Level + 1,
            SortOrder = sortOrder,
            CreateDate = today.AddDays(-words.Between(30, 900)).AddHours(9),
            Template = schema.Template("specialistProfile"),
            Url = SiteSchema.ChildUrl("/" + UrlSegments.ForName(parent.Name) + "/", name),
            Values = values,
        };
    }

    // Hook for phase 2 (media, issue 4): write an Image media item per specialist and return its MediaPicker3 value.
    private static string PhotoValue() => string.Empty;

    private string UniqueName()
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = $"Dr {words.Pick("firstnames")} {words.Pick("lastnames")}";
            if (attempt > 20)
            {
                name += " " + (char)('A' + words.Between(0, 25));
            }

            if (_names.Add(name))
            {
                return name;
            }
        }
    }
}
