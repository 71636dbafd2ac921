using System.Text.Json.Nodes;

namespace ClinicCms.Core.PropertyEditors;

/// <summary>Tags are stored as a JSON array or as comma-separated text, depending on the data type's storage type.</summary>
public static class TagsValue
{
    public static IReadOnlyList<string> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tags = ValueJson.TryParse(text) is JsonArray array
            ? array.Select(t => t?.GetValue<string>()?.Trim())
            : text.Split(',').Select(t => t.Trim());

        return [.. tags.OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public static string ToStoredText(IEnumerable<string> tags, bool asJson = true)
    {
        var clean = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return asJson ? ValueJson.Write(new JsonArray([.. clean.Select(t => (JsonNode)JsonValue.Create(t))])) : string.Join(',', clean);
    }
}
