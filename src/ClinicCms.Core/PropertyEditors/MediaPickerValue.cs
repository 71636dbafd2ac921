using System.Text.Json.Nodes;

namespace ClinicCms.Core.PropertyEditors;

/// <summary>One picked media item of a Media Picker 3 value, with an optional local focal point.</summary>
public sealed record MediaPickerItem(Guid Key, Guid MediaKey, string? MediaTypeAlias, FocalPoint? FocalPoint);

/// <summary>A focal point as fractions of width and height from the top left.</summary>
public sealed record FocalPoint(decimal Left, decimal Top);

public static class MediaPickerValue
{
    public static IReadOnlyList<MediaPickerItem> Parse(string? text)
    {
        if (ValueJson.TryParse(text) is not JsonArray array)
        {
            // Legacy pickers stored UDIs.
            return [.. UdiValue.ParseList(text).Select(u => new MediaPickerItem(Guid.Empty, u.Guid, null, null))];
        }

        var items = new List<MediaPickerItem>();
        foreach (var node in array.OfType<JsonObject>())
        {
            if (node.GetGuid("mediaKey") is not { } mediaKey)
            {
                continue;
            }

            var focal = node.Get("focalPoint") as JsonObject;
            items.Add(new MediaPickerItem(
                node.GetGuid("key") ?? Guid.Empty,
                mediaKey,
                node.GetString("mediaTypeAlias"),
                focal is null ? null : new FocalPoint(Decimal(focal, "left"), Decimal(focal, "top"))));
        }

        return items;
    }

    public static string ToStoredText(IEnumerable<MediaPickerItem> items) => ValueJson.Write(new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
    {
        ["key"] = (i.Key == Guid.Empty ? Guid.NewGuid() : i.Key).ToString(),
        ["mediaKey"] = i.MediaKey.ToString(),
        ["mediaTypeAlias"] = i.MediaTypeAlias ?? "Image",
        ["crops"] = new JsonArray(),
        ["focalPoint"] = i.FocalPoint is null ? null : new JsonObject { ["left"] = i.FocalPoint.Left, ["top"] = i.FocalPoint.Top },
    })]));

    private static decimal Decimal(JsonObject obj, string name) =>
        obj.Get(name) is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : 0.5m;
}
