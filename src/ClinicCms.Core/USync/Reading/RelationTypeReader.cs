using System.Xml.Linq;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Reading;

internal static class RelationTypeReader
{
    public static RelationTypeDefinition Read(XElement root, XmlItemReader xml)
    {
        var info = xml.Required(root, "Info");
        var alias = xml.Attribute(root, "Alias");
        return new RelationTypeDefinition(
            Key: xml.KeyAttribute(root),
            Alias: alias,
            Name: XmlItemReader.OptionalText(info, "Name") ?? alias,
            ParentType: xml.OptionalGuid(info, "ParentType"),
            ChildType: xml.OptionalGuid(info, "ChildType"),
            Bidirectional: xml.Bool(info, "Bidirectional"),
            IsDependency: xml.Bool(info, "IsDependency"));
    }
}
