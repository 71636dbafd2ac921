using System.Xml.Linq;

namespace ClinicCms.Core.USync.Writing;

/// <summary>uSync's <c>Empty</c> marker files: what is left where an item was deleted or renamed.</summary>
public static class EmptyWriter
{
    public static XElement Write(EmptyMarker marker)
    {
        var root = new XElement("Empty",
            new XAttribute("Key", marker.Key),
            new XAttribute("Alias", marker.Alias),
            new XAttribute("Change", marker.Change));
        if (marker.Level is { } level)
        {
            root.Add(new XAttribute("Level", level));
        }

        if (marker.ItemType is { Length: > 0 } itemType)
        {
            root.Add(new XAttribute("itemType", itemType));
        }

        return root;
    }
}
