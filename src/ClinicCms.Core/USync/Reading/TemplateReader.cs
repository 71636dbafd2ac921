using System.Xml.Linq;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Reading;

internal static class TemplateReader
{
    public static TemplateDefinition Read(XElement root, XmlItemReader xml)
    {
        var alias = xml.Attribute(root, "Alias");
        return new TemplateDefinition(
            Key: xml.KeyAttribute(root),
            Alias: alias,
            Name: XmlItemReader.OptionalText(root, "Name") ?? alias,
            ParentAlias: XmlItemReader.OptionalText(root, "Parent"),
            Level: xml.IntAttribute(root, "Level") ?? 1,
            Contents: XmlItemReader.RawText(root, "Contents"));
    }
}
