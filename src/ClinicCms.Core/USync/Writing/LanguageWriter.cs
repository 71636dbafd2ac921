using System.Xml.Linq;
using ClinicCms.Core.Schema;
using static ClinicCms.Core.USync.Writing.USyncXml;

namespace ClinicCms.Core.USync.Writing;

public static class LanguageWriter
{
    public static XElement Write(LanguageDefinition language)
    {
        var root = Root("Language", language.Key, language.IsoCode, 0);
        root.Add(
            Text("Name", language.Name),
            Text("IsoCode", language.IsoCode),
            Lower("IsMandatory", language.IsMandatory),
            Lower("IsDefault", language.IsDefault));
        if (language.Fallback is { Length: > 0 } fallback)
        {
            root.Add(new XElement("Fallback", fallback));
        }

        return root;
    }
}
