using System.Globalization;
using System.Text.Json.Nodes;
using ClinicCms.Core.PropertyEditors;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>Property values as uSync 17 stores them (see docs/usync-format.md §8), written through Core's JSON helper.</summary>
public static class StoredValues
{
    public static string Date(DateTime date) => date.ToString("yyyy-MM-ddT00:00:00", CultureInfo.InvariantCulture);

    public static string DocumentUdi(Guid key) => $"umb://document/{key:N}";

    public static string Flag(bool value) => value ? "1" : "0";

    public static string Tags(IEnumerable<string> tags) => ValueJson.Write(new JsonArray([.. tags.Select(t => (JsonNode)JsonValue.Create(t))]));

    public static string RichText(string markup) => ValueJson.Write(RichTextObject(markup));

    /// <summary>A Multi URL Picker with one internal link.</summary>
    public static string Link(string name, Guid target) => ValueJson.Write(new JsonArray(new JsonObject
    {
        ["name"] = name,
        ["target"] = null,
        ["udi"] = DocumentUdi(target),
        ["url"] = null,
        ["queryString"] = null,
    }));

    /// <summary>A Block List of <c>articleSection</c> blocks (heading, sub-section flag, rich text body), as in the seed article.</summary>
    public static string Sections(Guid elementTypeKey, IReadOnlyList<(Guid Key, string Heading, bool IsSubsection, string Markup)> sections) =>
        ValueJson.Write(new JsonObject
        {
            ["contentData"] = new JsonArray([.. sections.Select(s => (JsonNode)new JsonObject
            {
                ["contentTypeKey"] = elementTypeKey.ToString(),
                ["key"] = s.Key.ToString(),
                ["udi"] = null,
                ["values"] = new JsonArray(
                    BlockValue("heading", JsonValue.Create(s.Heading)),
                    BlockValue("isSubsection", JsonValue.Create(Flag(s.IsSubsection))),
                    BlockValue("body", RichTextObject(s.Markup))),
            })]),
            ["settingsData"] = new JsonArray(),
            ["expose"] = new JsonArray([.. sections.Select(s => (JsonNode)new JsonObject
            {
                ["contentKey"] = s.Key.ToString(),
                ["culture"] = null,
                ["segment"] = null,
            })]),
            ["Layout"] = new JsonObject
            {
                ["Umbraco.BlockList"] = new JsonArray([.. sections.Select(s => (JsonNode)new JsonObject
                {
                    ["contentKey"] = s.Key.ToString(),
                    ["contentUdi"] = null,
                    ["settingsKey"] = null,
                    ["settingsUdi"] = null,
                })]),
            },
        });

    private static JsonObject BlockValue(string alias, JsonNode? value) => new()
    {
        ["alias"] = alias,
        ["culture"] = null,
        ["editorAlias"] = null,
        ["segment"] = null,
        ["value"] = value,
    };

    private static JsonObject RichTextObject(string markup) => new()
    {
        ["blocks"] = new JsonObject
        {
            ["contentData"] = new JsonArray(),
            ["settingsData"] = new JsonArray(),
            ["expose"] = new JsonArray(),
            ["Layout"] = new JsonObject(),
        },
        ["markup"] = markup,
    };
}
