using ClinicCms.Core.Content;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>
/// Articles: a unique title within their list, a summary, 3 to 12 sections of patient information, tags, a
/// reviewing specialist and review dates.
/// </summary>
public sealed class ArticleFactory(WordBank words, MedicalText text, SiteSchema schema)
{
    private static readonly string[] Kinds = ["treatment", "test", "condition", "living"];
    private readonly Dictionary<Guid, HashSet<string>> _segments = [];

    public GeneratedNode Create(GeneratedNode list, int sortOrder, DateTime today, GeneratedNode reviewer, GeneratedNode? related)
    {
        var kind = Kinds[words.Between(0, Kinds.Length - 1)];
        text.NewArticle(kind);
        var topic = words.Pick("topics." + kind);
        var slots = new Dictionary<string, string> { ["topic"] = topic };
        var title = UniqueTitle(list.Key, words.Fill(words.Pick("titles." + kind), slots));

        var headings = words.PickDistinct("headings", words.Between(3, 12)).OrderBy(_ => words.Random.Next()).ToList();
        var sections = headings.Select((heading, i) => (
            Key: words.NextGuid(),
            Heading: words.Fill(heading, slots),
            IsSubsection: i > 0 && words.Chance(0.25),
            Markup: text.SectionMarkup(slots, related is null ? null : (related.Key, related.Name)))).ToList();

        var reviewed = today.AddDays(-words.Between(0, 540));
        var tags = new[] { topic }.Concat(words.PickDistinct("topics." + Kinds[words.Between(0, Kinds.Length - 1)], words.Between(1, 3)))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var summary = text.Paragraph(slots, 2, 3);
        var values = new Dictionary<string, string>
        {
            ["title"] = title,
            ["summary"] = summary,
            ["sections"] = StoredValues.Sections(schema.SectionTypeKey, sections),
            ["tags"] = StoredValues.Tags(tags),
            ["reviewedBy"] = StoredValues.DocumentUdi(reviewer.Key),
            ["lastReviewed"] = StoredValues.Date(reviewed),
            ["nextReviewDue"] = StoredValues.Date(reviewed.AddYears(1)),
            ["metaDescription"] = text.Sentence(slots),
            ["hideFromSearchEngines"] = StoredValues.Flag(false),
            ["heroImage"] = string.Empty, // phase 2 (media): a hero image for some articles
        };

        return new GeneratedNode
        {
            Key = words.NextGuid(),
            Name = title,
            ContentTypeAlias = "article",
            ParentKey = list.Key,
            ParentName = list.Name,
            Path = SiteSchema.ChildPath(list.Path, title),
            Level = list.Level + 1,
            SortOrder = sortOrder,
            CreateDate = reviewed.AddDays(-words.Between(0, 60)).AddHours(9),
            Template = schema.Template("article"),
            Url = SiteSchema.ChildUrl(list.Url, title),
            Values = values,
        };
    }

    private string UniqueTitle(Guid list, string title)
    {
        if (!_segments.TryGetValue(list, out var used))
        {
            _segments[list] = used = new HashSet<string>(StringComparer.Ordinal);
        }

        var candidate = title;
        for (var attempt = 0; !used.Add(UrlSegments.ForName(candidate)); attempt++)
        {
            candidate = attempt < 12 ? $"{title}: a guide for {words.Pick("audiences")}" : $"{title} (part {attempt - 10})";
        }

        return candidate;
    }
}
