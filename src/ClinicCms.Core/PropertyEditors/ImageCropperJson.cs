using System.Text.Json.Nodes;

namespace ClinicCms.Core.PropertyEditors;

/// <summary>
/// Writes an Image Cropper value as Umbraco 17 stores it: <c>{"src": "/media/…", "focalPoint": {"left": …, "top": …}}</c>.
/// Keys ClinicCms does not use (crops with coordinates, a temporary file id) are kept when a value is rewritten.
/// </summary>
public static class ImageCropperJson
{
    public static string Write(string src, FocalPoint? focalPoint, string? existing = null)
    {
        var obj = ValueJson.TryParse(existing) as JsonObject ?? new JsonObject();
        obj["src"] = src;
        if (focalPoint is null)
        {
            obj.Remove("focalPoint");
        }
        else
        {
            obj["focalPoint"] = new JsonObject { ["left"] = focalPoint.Left, ["top"] = focalPoint.Top };
        }

        return ValueJson.Write(obj);
    }
}
