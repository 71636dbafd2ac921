using System.Xml;
using System.Xml.Linq;

namespace ClinicCms.Core.USync.Writing;

/// <summary>
/// The bytes of a uSync file exactly as uSync saves them: UTF-8 with a BOM, the XML declaration, two-space indent,
/// LF line ends, no trailing newline. uSync hands an <see cref="XDocument"/> to .NET's own writer, so we do too.
/// </summary>
public static class USyncXml
{
    public static byte[] ToBytes(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            new XDocument(root).Save(writer);
        }

        return stream.ToArray();
    }

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    /// <summary>The root element every item file starts with: <c>Key</c>, <c>Alias</c> and (mostly) <c>Level</c>.</summary>
    public static XElement Root(string name, Guid key, string alias, int? level)
    {
        var root = new XElement(name, new XAttribute("Key", key), new XAttribute("Alias", alias));
        if (level is { } l)
        {
            root.Add(new XAttribute("Level", l));
        }

        return root;
    }

    /// <summary>An element whose text is always wrapped in CDATA, even when empty (<c>&lt;![CDATA[]]&gt;</c>).</summary>
    public static XElement Cdata(string name, string? text) => new(name, new XCData(text ?? string.Empty));

    /// <summary>An element with text content; null and empty both give <c>&lt;Name&gt;&lt;/Name&gt;</c> as uSync writes them.</summary>
    public static XElement Text(string name, string? text) => new(name, text ?? string.Empty);

    /// <summary>Booleans uSync writes through <c>bool.ToString()</c>: <c>True</c>/<c>False</c>.</summary>
    public static XElement Pascal(string name, bool value) => new(name, value ? "True" : "False");

    /// <summary>Booleans uSync writes through XML conversion: <c>true</c>/<c>false</c>.</summary>
    public static XElement Lower(string name, bool value) => new(name, value ? "true" : "false");

    /// <summary>A list element: <c>&lt;Name /&gt;</c> when there is nothing in it.</summary>
    public static XElement List(string name, IEnumerable<XElement> children) => new(name, children.Cast<object>().ToArray());
}
