using System.Xml.Linq;
using ClinicCms.Core.Schema;
using static ClinicCms.Core.USync.Writing.USyncXml;

namespace ClinicCms.Core.USync.Writing;

public static class TemplateWriter
{
    public static XElement Write(TemplateDefinition template)
    {
        var root = Root("Template", template.Key, template.Alias, template.Level);
        root.Add(Text("Name", template.Name), new XElement("Parent", template.ParentAlias));
        if (template.Contents is not null)
        {
            root.Add(Cdata("Contents", template.Contents));
        }

        return root;
    }
}
