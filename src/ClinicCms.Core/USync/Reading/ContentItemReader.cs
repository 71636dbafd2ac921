using System.Xml.Linq;
using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Reading;

/// <summary>Reads <c>Content</c> and <c>Media</c> files (and blueprints, which are content files).</summary>
internal static class ContentItemReader
{
    private const int TrashedLevelOffset = 100;

    public static ContentItem Read(XElement root, XmlItemReader xml, ContentItemKind kind)
    {
        var info = xml.Required(root, "Info");
        var name = xml.Attribute(root, "Alias");
        var level = xml.IntAttribute(root, "Level") ?? 1;
        var trashedElement = info.Element("Trashed");
        var trashed = trashedElement is not null && xml.Bool(info, "Trashed");
        var parent = info.Element("Parent");
        var nodeName = info.Element("NodeName");
        var published = info.Element("Published");
        var template = info.Element("Template");
        var contentType = xml.Text(info, "ContentType");
        if (contentType.Length == 0)
        {
            throw xml.Fail(info.Element("ContentType"), $"\"{name}\" has an empty <ContentType>");
        }

        return new ContentItem
        {
            Kind = kind,
            Key = xml.KeyAttribute(root),
            Name = nodeName?.Attribute("Default")?.Value is { Length: > 0 } defaultName ? defaultName : name,
            Level = trashed && level > TrashedLevelOffset ? level - TrashedLevelOffset : level,
            ParentKey = parent is null ? Guid.Empty : xml.OptionalKeyAttribute(parent) ?? Guid.Empty,
            ParentName = parent?.Value.Trim() is { Length: > 0 } p ? p : null,
            Path = XmlItemReader.OptionalText(info, "Path"),
            Trashed = trashed,
            TrashedParentKey = trashedElement is null ? null : xml.OptionalKeyAttribute(trashedElement, "Parent"),
            ContentTypeAlias = contentType,
            CreateDate = xml.Date(info, "CreateDate"),
            CultureNames = nodeName?.Elements("Name")
                .Select(n => new CultureValue(xml.Attribute(n, "Culture"), n.Value))
                .ToList() ?? [],
            SortOrder = xml.OptionalInt(info, "SortOrder"),
            Published = published is not null
                && (published.Attribute("Default") is { } d ? xml.ParseBool(d, d.Value) ?? false : xml.ParseBool(published, published.Value) ?? false),
            PublishedCultures = published?.Elements("Published")
                .Select(c => new CulturePublished(xml.Attribute(c, "Culture"), xml.ParseBool(c, c.Value) ?? false))
                .ToList() ?? [],
            Schedule = info.Element("Schedule")?.Elements("ContentSchedule")
                .Select(s => new ScheduleEntry(
                    XmlItemReader.OptionalText(s, "Culture") ?? string.Empty,
                    xml.Enum(s, "Action", ScheduleAction.Release),
                    xml.Date(s, "Date")))
                .ToList() ?? [],
            Template = template?.Attribute("Key")?.Value is { Length: > 0 } && template.Value.Trim().Length > 0
                ? new TypeReference(xml.KeyAttribute(template), template.Value.Trim())
                : null,
            IsBlueprint = xml.Bool(info, "IsBlueprint"),
            Properties = ReadProperties(root.Element("Properties")),
        };
    }

    private static PropertyValues ReadProperties(XElement? properties)
    {
        if (properties is null)
        {
            return PropertyValues.Empty;
        }

        return PropertyValues.From(properties.Elements().Select(p => new KeyValuePair<string, IEnumerable<PropertyValue>>(
            p.Name.LocalName,
            p.Elements("Value").Select(v => new PropertyValue(
                v.Attribute("Culture")?.Value is { Length: > 0 } c ? c : null,
                v.Attribute("Segment")?.Value is { Length: > 0 } s ? s : null,
                v.Value)))));
    }
}
