using System.Text.Json;
using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Web.Data;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// A node and its latest version as the <see cref="ContentItem"/> uSync files describe, and the JSON columns that hold
/// what only variant or scheduled content has. The loader and the importer both go through <see cref="ToItem"/>, so
/// the fingerprint an import stores is the one a later load computes when nothing changed.
/// </summary>
internal static class StoredContent
{
    /// <summary>The item a node is after writing <paramref name="version"/> with <paramref name="values"/>, before its pointers are set.</summary>
    public static ContentItem ToItem(ContentNode node, ContentVersion version, PropertyValues values, bool published, SchemaRegistry schema) =>
        ToItem(node, version.Name, version.TemplateKey, values, version.CultureNames, schema) with
        {
            Published = node.Kind == ContentItemKind.Content && published,
        };

    public static ContentItem ToItem(ContentNode node, string name, Guid? templateKey, string values, string? cultureNames, SchemaRegistry schema) =>
        ToItem(node, name, templateKey, PropertyValuesJson.Deserialize(values), cultureNames, schema);

    private static ContentItem ToItem(ContentNode node, string name, Guid? templateKey, PropertyValues values, string? cultureNames, SchemaRegistry schema) => new()
    {
        Kind = node.Kind,
        Key = node.Key,
        Name = name,
        ParentKey = node.ParentKey,
        Level = node.Level,
        Trashed = node.Trashed,
        TrashedParentKey = node.TrashedParentKey,
        ContentTypeAlias = node.ContentTypeAlias,
        CreateDate = DateTime.SpecifyKind(node.CreateDate, DateTimeKind.Unspecified),
        CultureNames = ReadNames(cultureNames),
        SortOrder = node.SortOrder,
        Published = node.Kind == ContentItemKind.Content && node.PublishedVersionId is not null,
        PublishedCultures = ReadPublished(node.PublishedCultures),
        Schedule = ReadSchedule(node.Schedule),
        Template = templateKey is { } key ? new TypeReference(key, schema.Template(key)?.Alias ?? string.Empty) : null,
        Properties = values,
    };

    public static string? WriteNames(IReadOnlyList<CultureValue> names) =>
        names.Count == 0 ? null : JsonSerializer.Serialize(names.ToDictionary(n => n.Culture, n => n.Value));

    public static string? WritePublished(IReadOnlyList<CulturePublished> cultures) =>
        cultures.Count == 0 ? null : JsonSerializer.Serialize(cultures.ToDictionary(c => c.Culture, c => c.Published));

    public static string? WriteSchedule(IReadOnlyList<ScheduleEntry> schedule) =>
        schedule.Count == 0 ? null : JsonSerializer.Serialize(schedule);

    private static List<CultureValue> ReadNames(string? json) => json is null ? []
        : [.. (JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []).Select(p => new CultureValue(p.Key, p.Value))];

    private static List<CulturePublished> ReadPublished(string? json) => json is null ? []
        : [.. (JsonSerializer.Deserialize<Dictionary<string, bool>>(json) ?? []).Select(p => new CulturePublished(p.Key, p.Value))];

    private static List<ScheduleEntry> ReadSchedule(string? json) => json is null ? []
        : JsonSerializer.Deserialize<List<ScheduleEntry>>(json) ?? [];
}
