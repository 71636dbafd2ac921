using System.Xml.Linq;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Reading;

/// <summary>Reads document, element, media and member types (<c>ContentType</c>, <c>MediaType</c>, <c>MemberType</c>).</summary>
internal static class ContentTypeReader
{
    public static ContentTypeDefinition Read(XElement root, XmlItemReader xml, ContentTypeKind kind)
    {
        var info = xml.Required(root, "Info");
        var alias = xml.Attribute(root, "Alias");
        if (alias.Length == 0)
        {
            throw xml.Fail(root, "the content type has an empty Alias");
        }

        return new ContentTypeDefinition
        {
            Kind = kind,
            Key = xml.KeyAttribute(root),
            Alias = alias,
            Level = xml.IntAttribute(root, "Level") ?? 1,
            Name = XmlItemReader.OptionalText(info, "Name") ?? alias,
            Icon = XmlItemReader.OptionalText(info, "Icon"),
            Thumbnail = XmlItemReader.OptionalText(info, "Thumbnail"),
            Description = XmlItemReader.RawText(info, "Description") is { Length: > 0 } d ? d : null,
            AllowAtRoot = xml.Bool(info, "AllowAtRoot"),
            ListView = xml.OptionalGuid(info, "ListView"),
            IsListView = xml.OptionalBool(info, "IsListView"),
            Variations = xml.Enum(info, "Variations", ContentVariation.Nothing),
            IsElement = xml.Bool(info, "IsElement"),
            HistoryCleanup = info.Element("HistoryCleanup") is { } cleanup ? ReadCleanup(cleanup, xml) : null,
            Parent = info.Element("Parent") is { } parent ? new TypeReference(xml.KeyAttribute(parent), parent.Value.Trim()) : null,
            Folder = XmlItemReader.OptionalText(info, "Folder"),
            Compositions = References(info.Element("Compositions"), "Composition", xml),
            DefaultTemplate = XmlItemReader.OptionalText(info, "DefaultTemplate"),
            AllowedTemplates = References(info.Element("AllowedTemplates"), "Template", xml),
            AllowedInLibrary = xml.OptionalBool(info, "AllowedInLibrary"),
            AllowedChildren = root.Element("Structure")?.Elements()
                .Select(e => new AllowedChildType(xml.KeyAttribute(e), e.Value.Trim(), xml.IntAttribute(e, "SortOrder") ?? 0))
                .ToList() ?? [],
            Properties = root.Element("GenericProperties")?.Elements("GenericProperty")
                .Select(p => ReadProperty(p, xml, kind))
                .ToList() ?? [],
            Groups = root.Element("Tabs")?.Elements("Tab")
                .Select(t => ReadGroup(t, xml))
                .ToList() ?? [],
        };
    }

    private static HistoryCleanupSettings ReadCleanup(XElement cleanup, XmlItemReader xml) => new(
        xml.Bool(cleanup, "PreventCleanup"),
        xml.OptionalInt(cleanup, "KeepAllVersionsNewerThanDays"),
        xml.OptionalInt(cleanup, "KeepLatestVersionPerDayForDays"));

    private static List<TypeReference> References(XElement? list, string name, XmlItemReader xml) =>
        list?.Elements(name).Select(e => new TypeReference(xml.KeyAttribute(e), e.Value.Trim())).ToList() ?? [];

    private static PropertyTypeDefinition ReadProperty(XElement p, XmlItemReader xml, ContentTypeKind kind)
    {
        var alias = xml.Text(p, "Alias");
        if (alias.Length == 0)
        {
            throw xml.Fail(p, "a property has an empty <Alias>");
        }

        var tab = p.Element("Tab");
        return new PropertyTypeDefinition
        {
            Key = xml.Guid(p, "Key"),
            Name = XmlItemReader.OptionalText(p, "Name") ?? alias,
            Alias = alias,
            DataTypeKey = xml.Guid(p, "Definition"),
            EditorAlias = xml.Text(p, "Type"),
            Mandatory = xml.Bool(p, "Mandatory"),
            Validation = XmlItemReader.RawText(p, "Validation") is { Length: > 0 } v ? v : null,
            Description = XmlItemReader.RawText(p, "Description") is { Length: > 0 } d ? d : null,
            SortOrder = xml.Int(p, "SortOrder"),
            GroupAlias = tab?.Attribute("Alias")?.Value is { Length: > 0 } g ? g : null,
            GroupName = tab?.Value.Trim() is { Length: > 0 } n ? n : null,
            Variations = p.Element("Variations") is null ? null : xml.Enum(p, "Variations", ContentVariation.Nothing),
            MandatoryMessage = XmlItemReader.OptionalText(p, "MandatoryMessage"),
            ValidationRegExpMessage = XmlItemReader.OptionalText(p, "ValidationRegExpMessage"),
            LabelOnTop = xml.Bool(p, "LabelOnTop"),
            Member = kind == ContentTypeKind.Member
                ? new MemberPropertySettings(xml.Bool(p, "CanEdit"), xml.Bool(p, "CanView"), xml.Bool(p, "IsSensitive"))
                : null,
        };
    }

    private static PropertyGroupDefinition ReadGroup(XElement tab, XmlItemReader xml)
    {
        var caption = XmlItemReader.OptionalText(tab, "Caption") ?? string.Empty;
        return new PropertyGroupDefinition(
            Key: xml.Guid(tab, "Key"),
            Caption: caption,
            Alias: XmlItemReader.OptionalText(tab, "Alias") ?? caption,
            Type: xml.Enum(tab, "Type", PropertyGroupType.Group),
            SortOrder: xml.Int(tab, "SortOrder"));
    }
}
