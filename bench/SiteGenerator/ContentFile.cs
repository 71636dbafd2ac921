using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>
/// Writes one content node as a uSync v17 <c>Content/*.config</c> file, formatted as uSync formats it (LINQ to XML,
/// two-space indent, UTF-8 with a byte-order mark, every property of the type sorted by alias, each value in CDATA).
/// To be replaced by Core's uSync writer when it lands (issue 6).
/// </summary>
public static class ContentFile
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
    };

    /// <summary>The file name uSync gives a node: its name as a safe, lower-case file name.</summary>
    public static string FileName(string name) => UrlSegments.SafeFileName(name).ToLowerInvariant() + ".config";

    public static byte[] Write(GeneratedNode node, ComposedContentType type)
    {
        var properties = type.Properties
            .Select(p => p.Alias)
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(alias => new XElement(alias, new XElement("Value", new XCData(node.Values.GetValueOrDefault(alias) ?? string.Empty))));

        var root = new XElement("Content",
            new XAttribute("Key", node.Key),
            new XAttribute("Alias", node.Name),
            new XAttribute("Level", node.Level),
            new XElement("Info",
                new XElement("Parent", new XAttribute("Key", node.ParentKey), node.ParentName),
                new XElement("Path", node.Path),
                new XElement("Trashed", "false"),
                new XElement("ContentType", node.ContentTypeAlias),
                new XElement("CreateDate", node.CreateDate.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
                new XElement("NodeName", new XAttribute("Default", node.Name)),
                new XElement("SortOrder", node.SortOrder),
                new XElement("Published", new XAttribute("Default", "true")),
                new XElement("Schedule"),
                node.Template is { } template ? new XElement("Template", new XAttribute("Key", template.Key), template.Alias) : new XElement("Template")),
            new XElement("Properties", properties));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return stream.ToArray();
    }
}
