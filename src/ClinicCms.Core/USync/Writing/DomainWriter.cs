using System.Xml.Linq;
using ClinicCms.Core.Schema;
using static ClinicCms.Core.USync.Writing.USyncXml;

namespace ClinicCms.Core.USync.Writing;

/// <summary>Domains have no <c>Level</c>; <c>Root</c> holds the root node's key and its path of names.</summary>
public static class DomainWriter
{
    public static XElement Write(DomainDefinition domain)
    {
        var info = new XElement("Info",
            Lower("IsWildcard", domain.IsWildcard),
            Text("Language", domain.Language),
            new XElement("Root", new XAttribute("Key", domain.RootKey), domain.RootPath ?? string.Empty));
        if (domain.SortOrder is { } sortOrder)
        {
            info.Add(new XElement("SortOrder", sortOrder));
        }

        var root = Root("Domain", domain.Key, domain.Name, level: null);
        root.Add(info);
        return root;
    }
}
