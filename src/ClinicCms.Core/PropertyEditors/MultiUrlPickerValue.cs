using System.Text.Json.Nodes;
using Umbraco.Cms.Core;

namespace ClinicCms.Core.PropertyEditors;

/// <summary>A link of a Multi URL Picker: to a document or media item (by UDI) or to an external URL.</summary>
public sealed record LinkItem(string? Name, string? Target, GuidUdi? Udi, string? Url, string? QueryString);

public static class MultiUrlPickerValue
{
    public static IReadOnlyList<LinkItem> Parse(string? text)
    {
        if (ValueJson.TryParse(text) is not JsonArray array)
        {
            return [];
        }

        return [.. array.OfType<JsonObject>().Select(o => new LinkItem(
            o.GetString("name"),
            o.GetString("target"),
            o.GetString("udi") is { } udi && UdiParser.TryParse(udi, out GuidUdi? parsed) ? parsed : null,
            o.GetString("url"),
            o.GetString("queryString")))];
    }

    public static string ToStoredText(IEnumerable<LinkItem> links) => ValueJson.Write(new JsonArray([.. links.Select(l => (JsonNode)new JsonObject
    {
        ["name"] = l.Name,
        ["target"] = l.Target,
        ["udi"] = l.Udi?.ToString(),
        ["url"] = l.Udi is null ? l.Url : null,
        ["queryString"] = l.QueryString,
    })]));
}
