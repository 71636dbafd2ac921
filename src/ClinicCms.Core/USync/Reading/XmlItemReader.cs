using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace ClinicCms.Core.USync.Reading;

/// <summary>
/// Reads values out of one uSync file's XML the way uSync writes them (booleans in any case, empty elements as
/// "default") and turns anything unreadable into a <see cref="USyncFormatException"/> naming the file and line.
/// </summary>
internal sealed class XmlItemReader(string file)
{
    public string File { get; } = file;

    public SourceLocation At(XObject? node) =>
        new(File, node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0);

    public USyncFormatException Fail(XObject? node, string problem) => new(At(node), problem);

    public XElement Required(XElement parent, string name) =>
        parent.Element(name) ?? throw Fail(parent, $"<{parent.Name.LocalName}> has no <{name}> element");

    public string Text(XElement parent, string name) => Required(parent, name).Value.Trim();

    /// <summary>The trimmed text of an optional element; null when the element is missing or empty.</summary>
    public static string? OptionalText(XElement parent, string name) =>
        parent.Element(name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The untrimmed text of an optional element, as CDATA holds it; null when missing.</summary>
    public static string? RawText(XElement parent, string name) => parent.Element(name)?.Value;

    public string Attribute(XElement element, string name) =>
        element.Attribute(name)?.Value ?? throw Fail(element, $"<{element.Name.LocalName}> has no {name} attribute");

    public Guid KeyAttribute(XElement element, string name = "Key") => ParseGuid(element, Attribute(element, name));

    public Guid? OptionalKeyAttribute(XElement element, string name = "Key") =>
        element.Attribute(name)?.Value is { Length: > 0 } text ? ParseGuid(element, text) : null;

    public Guid Guid(XElement parent, string name)
    {
        var element = Required(parent, name);
        return ParseGuid(element, element.Value.Trim());
    }

    public Guid? OptionalGuid(XElement parent, string name) =>
        parent.Element(name) is { } element && element.Value.Trim() is { Length: > 0 } text ? ParseGuid(element, text) : null;

    public Guid ParseGuid(XObject node, string text) =>
        System.Guid.TryParse(text, out var key) ? key : throw Fail(node, $"\"{text}\" is not a GUID");

    public bool Bool(XElement parent, string name, bool fallback = false) =>
        parent.Element(name) is { } element ? ParseBool(element, element.Value) ?? fallback : fallback;

    public bool? OptionalBool(XElement parent, string name) =>
        parent.Element(name) is { } element ? ParseBool(element, element.Value) : null;

    /// <summary>uSync writes <c>True</c>, <c>true</c> or <c>1</c> depending on the field; empty means unset.</summary>
    public bool? ParseBool(XObject node, string text) => text.Trim().ToLowerInvariant() switch
    {
        "" => null,
        "true" or "1" => true,
        "false" or "0" => false,
        var other => throw Fail(node, $"\"{other}\" is not a boolean (expected true or false)"),
    };

    public int Int(XElement parent, string name, int fallback = 0) => OptionalInt(parent, name) ?? fallback;

    public int? OptionalInt(XElement parent, string name) =>
        parent.Element(name) is { } element ? ParseInt(element, element.Value) : null;

    public int? ParseInt(XObject node, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw Fail(node, $"\"{text.Trim()}\" is not a whole number");

    public int? IntAttribute(XElement element, string name) =>
        element.Attribute(name) is { } attribute ? ParseInt(attribute, attribute.Value) : null;

    public DateTime Date(XElement parent, string name, DateTime fallback = default) =>
        parent.Element(name) is { } element && element.Value.Trim() is { Length: > 0 } text
            ? DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Fail(element, $"\"{text}\" is not a date (expected yyyy-MM-ddTHH:mm:ss)")
            : fallback;

    public TEnum Enum<TEnum>(XElement parent, string name, TEnum fallback)
        where TEnum : struct, Enum
    {
        if (parent.Element(name) is not { } element || element.Value.Trim() is not { Length: > 0 } text)
        {
            return fallback;
        }

        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw Fail(element, $"\"{text}\" is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }
}
