using System.Xml.Linq;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Reading;

internal static class LanguageReader
{
    public static LanguageDefinition Read(XElement root, XmlItemReader xml)
    {
        var iso = XmlItemReader.OptionalText(root, "IsoCode") ?? xml.Attribute(root, "Alias");
        return new LanguageDefinition(
            Key: xml.KeyAttribute(root),
            IsoCode: iso,
            Name: XmlItemReader.OptionalText(root, "Name") ?? iso,
            IsMandatory: xml.Bool(root, "IsMandatory"),
            IsDefault: xml.Bool(root, "IsDefault"),
            Fallback: XmlItemReader.OptionalText(root, "Fallback"));
    }
}
