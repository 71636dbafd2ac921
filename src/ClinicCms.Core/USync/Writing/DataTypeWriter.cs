using System.Xml.Linq;
using ClinicCms.Core.Schema;
using static ClinicCms.Core.USync.Writing.USyncXml;

namespace ClinicCms.Core.USync.Writing;

public static class DataTypeWriter
{
    public static XElement Write(DataTypeDefinition dataType)
    {
        var info = new XElement("Info",
            Text("Name", dataType.Name),
            Text("EditorAlias", dataType.EditorAlias),
            Text("EditorUIAlias", dataType.EditorUiAlias));
        if (dataType.Folder is { Length: > 0 } folder)
        {
            info.Add(new XElement("Folder", folder));
        }

        var root = Root("DataType", dataType.Key, dataType.Name, dataType.Level);
        root.Add(info, Cdata("Config", USyncJson.Config(dataType.Config)));
        return root;
    }
}
