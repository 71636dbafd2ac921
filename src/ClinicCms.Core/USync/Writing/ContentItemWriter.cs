using System.Globalization;
using System.Xml.Linq;
using ClinicCms.Core.Content;
using static ClinicCms.Core.USync.Writing.USyncXml;

namespace ClinicCms.Core.USync.Writing;

/// <summary>
/// Writes a content or media node. The item must be complete (path, parent name and every property, empty ones
/// included): <see cref="Export.USyncExporter"/> fills those in from the tree and the schema.
/// </summary>
public static class ContentItemWriter
{
    private const int TrashedLevelOffset = 100;

    public static XElement Write(ContentItem item)
    {
        var isContent = item.Kind == ContentItemKind.Content;
        var root = Root(isContent ? "Content" : "Media", item.Key, item.Name, item.Trashed ? item.Level + TrashedLevelOffset : item.Level);

        var trashed = Lower("Trashed", item.Trashed);
        if (item.Trashed && item.TrashedParentKey is { } restoreTo)
        {
            trashed.Add(new XAttribute("Parent", restoreTo));
        }

        var info = new XElement("Info",
            new XElement("Parent", new XAttribute("Key", item.ParentKey), item.ParentName ?? string.Empty),
            Text("Path", item.Path),
            trashed,
            Text("ContentType", item.ContentTypeAlias),
            new XElement("CreateDate", item.CreateDate.ToString("s", CultureInfo.InvariantCulture)),
            new XElement("NodeName", new XAttribute("Default", item.Name), item.CultureNames
                .OrderBy(n => n.Culture, USyncOrder.Text)
                .Select(n => new XElement("Name", new XAttribute("Culture", n.Culture), n.Value))));
        if (item.SortOrder is { } sortOrder)
        {
            info.Add(new XElement("SortOrder", sortOrder));
        }

        if (isContent)
        {
            info.Add(
                new XElement("Published", new XAttribute("Default", item.Published), item.PublishedCultures
                    .OrderBy(p => p.Culture, USyncOrder.Text)
                    .Select(p => new XElement("Published", new XAttribute("Culture", p.Culture), p.Published))),
                List("Schedule", item.Schedule
                    .OrderBy(s => s.Action.ToString(), USyncOrder.Text)
                    .ThenBy(s => s.Culture, USyncOrder.Text)
                    .Select(s => new XElement("ContentSchedule",
                        Text("Culture", s.Culture),
                        new XElement("Action", s.Action),
                        new XElement("Date", s.Date.ToString("s", CultureInfo.InvariantCulture))))),
                item.Template is { } template
                    ? new XElement("Template", new XAttribute("Key", template.Key), template.Alias)
                    : new XElement("Template"));
            if (item.IsBlueprint)
            {
                info.Add(Lower("IsBlueprint", true));
            }
        }

        root.Add(info, List("Properties", item.Properties.OrderBy(p => p.Key, USyncOrder.Text).Select(p => WriteProperty(p.Key, p.Value))));
        return root;
    }

    private static XElement WriteProperty(string alias, IEnumerable<PropertyValue> values) => new(alias, values
        .OrderBy(v => v.Culture ?? string.Empty, USyncOrder.Text)
        .Select(v =>
        {
            var element = new XElement("Value");
            if (v.Culture is { Length: > 0 } culture)
            {
                element.Add(new XAttribute("Culture", culture));
            }

            if (v.Segment is { Length: > 0 } segment)
            {
                element.Add(new XAttribute("Segment", segment));
            }

            element.Add(new XCData(USyncJson.Value(v.Value)));
            return element;
        }));
}
