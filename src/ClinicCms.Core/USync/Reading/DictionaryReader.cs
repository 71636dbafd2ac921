using System.Xml.Linq;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Reading;

internal static class DictionaryReader
{
    public static DictionaryItemDefinition Read(XElement root, XmlItemReader xml)
    {
        var translations = root.Element("Translations")?.Elements("Translation")
            .Select(t => new DictionaryTranslation(xml.Attribute(t, "Language"), t.Value))
            .ToList() ?? [];

        return new DictionaryItemDefinition(
            Key: xml.KeyAttribute(root),
            ItemKey: xml.Attribute(root, "Alias"),
            ParentKey: root.Element("Info") is { } info ? XmlItemReader.OptionalText(info, "Parent") : null,
            Translations: translations);
    }
}
