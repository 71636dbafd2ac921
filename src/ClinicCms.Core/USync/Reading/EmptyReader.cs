using System.Xml.Linq;

namespace ClinicCms.Core.USync.Reading;

internal static class EmptyReader
{
    public static EmptyMarker Read(XElement root, XmlItemReader xml) => new(
        Key: xml.KeyAttribute(root),
        Alias: root.Attribute("Alias")?.Value ?? string.Empty,
        Change: root.Attribute("Change")?.Value is { Length: > 0 } change
            ? Enum.TryParse<EmptyChange>(change, ignoreCase: true, out var value) ? value
                : throw xml.Fail(root, $"\"{change}\" is not a known Empty change (Delete, Rename, Clean or None)")
            : EmptyChange.None,
        Level: xml.IntAttribute(root, "Level"),
        ItemType: root.Attribute("itemType")?.Value);
}
