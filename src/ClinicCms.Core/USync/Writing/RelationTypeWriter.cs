using System.Xml.Linq;
using ClinicCms.Core.Schema;
using static ClinicCms.Core.USync.Writing.USyncXml;

namespace ClinicCms.Core.USync.Writing;

public static class RelationTypeWriter
{
    public static XElement Write(RelationTypeDefinition relationType)
    {
        var root = Root("RelationType", relationType.Key, relationType.Alias, 0);
        root.Add(new XElement("Info",
            Text("Name", relationType.Name),
            new XElement("ParentType", relationType.ParentType),
            new XElement("ChildType", relationType.ChildType),
            Lower("Bidirectional", relationType.Bidirectional),
            Lower("IsDependency", relationType.IsDependency)));
        return root;
    }
}
