using System.Globalization;
using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync.Compare;

namespace ClinicCms.Core.USync.Plan;

/// <summary>
/// The fields of a content or media node that an import would change: name (per culture), parent, sort order, type,
/// template, publish state, schedule and the property values the file holds (a property missing from the file is
/// left alone, as uSync does). Values are compared by meaning (<see cref="CanonicalJson"/>), never by spelling.
/// Derived fields (path, level, the parent's name) are not compared: they follow from the parent.
/// </summary>
public static class ContentDiff
{
    public static List<USyncDifference> Compare(ContentItem current, ContentItem incoming, SchemaRegistry schema)
    {
        var differences = new List<USyncDifference>();
        void Add(string field, string? a, string? b, bool same)
        {
            if (!same)
            {
                differences.Add(new(field, Short(a), Short(b)));
            }
        }

        Add("Name", current.Name, incoming.Name, current.Name == incoming.Name);
        foreach (var culture in Cultures(current.CultureNames.Select(c => c.Culture), incoming.CultureNames.Select(c => c.Culture)))
        {
            var a = current.CultureNames.FirstOrDefault(c => Same(c.Culture, culture))?.Value;
            var b = incoming.CultureNames.FirstOrDefault(c => Same(c.Culture, culture))?.Value;
            Add($"Name ({culture})", a, b, a == b);
        }

        Add("Parent", Key(current.ParentKey), Key(incoming.ParentKey), current.ParentKey == incoming.ParentKey);
        if (incoming.SortOrder is { } sortOrder)
        {
            Add("Sort order", Number(current.SortOrder ?? 0), Number(sortOrder), (current.SortOrder ?? 0) == sortOrder);
        }

        Add("Content type", current.ContentTypeAlias, incoming.ContentTypeAlias, Same(current.ContentTypeAlias, incoming.ContentTypeAlias));
        Add("Trashed", Bool(current.Trashed), Bool(incoming.Trashed), current.Trashed == incoming.Trashed);
        if (incoming.CreateDate != default)
        {
            Add("Create date", Date(current.CreateDate), Date(incoming.CreateDate), current.CreateDate == incoming.CreateDate);
        }

        if (incoming.Kind == ContentItemKind.Content)
        {
            var template = TemplateKey(incoming.Template, schema);
            Add("Template", current.Template?.Alias, incoming.Template?.Alias, current.Template?.Key == template);
            Add("Published", Bool(current.Published), Bool(incoming.Published), current.Published == incoming.Published);
            foreach (var culture in Cultures(current.PublishedCultures.Select(c => c.Culture), incoming.PublishedCultures.Select(c => c.Culture)))
            {
                var a = current.PublishedCultures.FirstOrDefault(c => Same(c.Culture, culture))?.Published ?? false;
                var b = incoming.PublishedCultures.FirstOrDefault(c => Same(c.Culture, culture))?.Published ?? false;
                Add($"Published ({culture})", Bool(a), Bool(b), a == b);
            }

            Add("Schedule", Schedule(current.Schedule), Schedule(incoming.Schedule), Schedule(current.Schedule) == Schedule(incoming.Schedule));
        }

        foreach (var (alias, values) in incoming.Properties)
        {
            foreach (var (culture, segment) in values.Select(v => (v.Culture, v.Segment))
                .Concat(current.Properties[alias].Select(v => (v.Culture, v.Segment)))
                .Distinct())
            {
                var a = current.Properties.Get(alias, culture, segment);
                var b = incoming.Properties.Get(alias, culture, segment);
                var field = culture is null && segment is null ? alias : $"{alias} ({string.Join(", ", new[] { culture, segment }.OfType<string>())})";
                Add(field, a, b, a == b || Canonical(a) == Canonical(b));
            }
        }

        return differences;
    }

    /// <summary>The site's template for a file's reference: by key, else by alias (uSync accepts either).</summary>
    public static Guid? TemplateKey(Schema.TypeReference? reference, SchemaRegistry schema) =>
        reference is null ? null : (schema.Template(reference.Key) ?? schema.Template(reference.Alias))?.Key ?? reference.Key;

    private static string? Canonical(string? value) => string.IsNullOrEmpty(value) ? null : CanonicalJson.Text(value)?.ToJsonString();

    private static IEnumerable<string> Cultures(IEnumerable<string> a, IEnumerable<string> b) =>
        a.Concat(b).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Schedule(IReadOnlyList<ScheduleEntry> schedule) => string.Join("; ", schedule
        .Select(s => $"{s.Action} {s.Culture} {Date(s.Date)}".Replace("  ", " ", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal));

    private static string Key(Guid key) => key == Guid.Empty ? "(root)" : key.ToString();

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateTime date) => date.ToString("s", CultureInfo.InvariantCulture);

    private static string? Short(string? text) => text is { Length: > 60 } ? text[..57] + "..." : text;
}
