using System.Xml.Linq;
using ClinicCms.Core.Schema;
using static ClinicCms.Core.USync.Writing.USyncXml;

namespace ClinicCms.Core.USync.Writing;

public static class DictionaryWriter
{
    public static XElement Write(DictionaryItemDefinition item)
    {
        var info = new XElement("Info");
        if (item.ParentKey is { Length: > 0 } parent)
        {
            info.Add(new XElement("Parent", parent));
        }

        var root = Root("Dictionary", item.Key, item.ItemKey, 0);
        root.Add(info, List("Translations", item.Translations
            .OrderBy(t => t.Language, USyncOrder.Text)
            .Select(t => new XElement("Translation", new XAttribute("Language", t.Language), t.Value))));
        return root;
    }
}
