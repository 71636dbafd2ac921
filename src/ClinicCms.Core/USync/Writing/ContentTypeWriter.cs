using System.Xml.Linq;
using ClinicCms.Core.Schema;
using static ClinicCms.Core.USync.Writing.USyncXml;

namespace ClinicCms.Core.USync.Writing;

/// <summary>Writes document, element, media and member types in uSync 17's element order.</summary>
public static class ContentTypeWriter
{
    public static XElement Write(ContentTypeDefinition type)
    {
        var rootName = RootName(type.Kind);
        var root = Root(rootName, type.Key, type.Alias, type.Level);
        var info = WriteInfo(type);
        var structure = List("Structure", type.AllowedChildren
            .OrderBy(c => c.SortOrder)
            .Select(c => new XElement(rootName, new XAttribute("Key", c.Key), new XAttribute("SortOrder", c.SortOrder), c.Alias)));
        var properties = List("GenericProperties", type.Properties
            .OrderBy(p => p.Alias, USyncOrder.Text)
            .Select(p => WriteProperty(p, type.Kind)));
        var tabs = List("Tabs", type.Groups.OrderBy(g => g.Key).Select(WriteGroup));

        // Document types list their structure before the properties; media and member types after.
        root.Add(type.Kind == ContentTypeKind.Document
            ? new object[] { info, structure, properties, tabs }
            : new object[] { info, properties, structure, tabs });
        return root;
    }

    public static string RootName(ContentTypeKind kind) => kind switch
    {
        ContentTypeKind.Media => "MediaType",
        ContentTypeKind.Member => "MemberType",
        _ => "ContentType",
    };

    private static XElement WriteInfo(ContentTypeDefinition type)
    {
        var info = new XElement("Info",
            Text("Name", type.Name),
            Text("Icon", type.Icon),
            Text("Thumbnail", type.Thumbnail),
            Text("Description", type.Description),
            Pascal("AllowAtRoot", type.AllowAtRoot),
            new XElement("ListView", type.ListView ?? Guid.Empty),
            new XElement("Variations", type.Variations),
            Lower("IsElement", type.IsElement));

        if (type.Kind == ContentTypeKind.Document)
        {
            var cleanup = type.HistoryCleanup ?? new HistoryCleanupSettings(false, null, null);
            info.Add(new XElement("HistoryCleanup",
                Pascal("PreventCleanup", cleanup.PreventCleanup),
                Text("KeepAllVersionsNewerThanDays", cleanup.KeepAllVersionsNewerThanDays?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Text("KeepLatestVersionPerDayForDays", cleanup.KeepLatestVersionPerDayForDays?.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (type.Parent is { } parent)
        {
            info.Add(new XElement("Parent", new XAttribute("Key", parent.Key), parent.Alias));
        }
        else if (type.Folder is { Length: > 0 } folder)
        {
            info.Add(new XElement("Folder", folder));
        }

        info.Add(List("Compositions", type.Compositions
            .OrderBy(c => c.Alias, USyncOrder.Text)
            .Select(c => new XElement("Composition", new XAttribute("Key", c.Key), c.Alias))));

        if (type.Kind == ContentTypeKind.Document)
        {
            info.Add(Text("DefaultTemplate", type.DefaultTemplate));
            info.Add(List("AllowedTemplates", type.AllowedTemplates
                .OrderBy(t => t.Alias, USyncOrder.Text)
                .Select(t => new XElement("Template", new XAttribute("Key", t.Key), t.Alias))));
        }

        if (type.AllowedInLibrary is { } allowedInLibrary)
        {
            info.Add(Lower("AllowedInLibrary", allowedInLibrary));
        }

        return info;
    }

    private static XElement WriteProperty(PropertyTypeDefinition property, ContentTypeKind kind)
    {
        var tab = property.GroupAlias is { } groupAlias
            ? new XElement("Tab", new XAttribute("Alias", groupAlias), property.GroupName ?? string.Empty)
            : Text("Tab", property.GroupName);

        var element = new XElement("GenericProperty",
            new XElement("Key", property.Key),
            Text("Name", property.Name),
            Text("Alias", property.Alias),
            new XElement("Definition", property.DataTypeKey),
            Text("Type", property.EditorAlias),
            Lower("Mandatory", property.Mandatory),
            Text("Validation", property.Validation),
            Cdata("Description", property.Description),
            new XElement("SortOrder", property.SortOrder),
            tab);

        if (kind == ContentTypeKind.Document)
        {
            element.Add(new XElement("Variations", property.Variations ?? ContentVariation.Nothing));
        }
        else if (kind == ContentTypeKind.Member)
        {
            var member = property.Member ?? new MemberPropertySettings(false, false, false);
            element.Add(Lower("CanEdit", member.CanEdit), Lower("CanView", member.CanView), Lower("IsSensitive", member.IsSensitive));
        }

        element.Add(
            Text("MandatoryMessage", property.MandatoryMessage),
            Text("ValidationRegExpMessage", property.ValidationRegExpMessage),
            Lower("LabelOnTop", property.LabelOnTop));
        return element;
    }

    private static XElement WriteGroup(PropertyGroupDefinition group) => new("Tab",
        new XElement("Key", group.Key),
        Text("Caption", group.Caption),
        Text("Alias", group.Alias),
        new XElement("Type", group.Type),
        new XElement("SortOrder", group.SortOrder));
}
