using System.Xml.Linq;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Reading;

internal static class DomainReader
{
    public static DomainDefinition Read(XElement root, XmlItemReader xml)
    {
        var info = xml.Required(root, "Info");
        var rootNode = xml.Required(info, "Root");
        return new DomainDefinition(
            Key: xml.KeyAttribute(root),
            Name: xml.Attribute(root, "Alias"),
            IsWildcard: xml.Bool(info, "IsWildcard"),
            Language: xml.Text(info, "Language"),
            RootKey: xml.KeyAttribute(rootNode),
            RootPath: rootNode.Value.Trim() is { Length: > 0 } path ? path : null,
            SortOrder: xml.OptionalInt(info, "SortOrder"));
    }
}
