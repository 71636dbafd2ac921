using System.Xml.Linq;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Reading;

internal static class DataTypeReader
{
    public static DataTypeDefinition Read(XElement root, XmlItemReader xml)
    {
        var info = xml.Required(root, "Info");
        var name = XmlItemReader.OptionalText(info, "Name") ?? xml.Attribute(root, "Alias");
        var editorAlias = xml.Text(info, "EditorAlias");
        if (editorAlias.Length == 0)
        {
            throw xml.Fail(info.Element("EditorAlias"), $"data type \"{name}\" has an empty <EditorAlias>");
        }

        return new DataTypeDefinition
        {
            Key = xml.KeyAttribute(root),
            Name = name,
            Level = xml.IntAttribute(root, "Level") ?? 1,
            EditorAlias = editorAlias,
            EditorUiAlias = info.Element("EditorUIAlias")?.Value.Trim(),
            DatabaseType = XmlItemReader.OptionalText(info, "DatabaseType"),
            Folder = XmlItemReader.OptionalText(info, "Folder"),
            Config = XmlItemReader.RawText(root, "Config") is { Length: > 0 } config ? config : "{}",
        };
    }
}
