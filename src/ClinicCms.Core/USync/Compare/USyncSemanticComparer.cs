using System.Text.Json.Nodes;
using System.Xml.Linq;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.USync.Plan;

namespace ClinicCms.Core.USync.Compare;

/// <summary>
/// Compares two uSync files by meaning rather than bytes: the same item, keys, aliases, settings and property values,
/// whatever the uSync version that wrote them. JSON is compared parsed (<see cref="CanonicalJson"/>), booleans and
/// GUIDs in any spelling, lists in any order, and an empty element is the same as a missing one. The format changes
/// of Umbraco 14 are equivalences: <c>IsListView</c> against <c>ListView</c>, TinyMCE against rich text, and the
/// media picker's filter by media type alias against the same filter by key.
/// </summary>
public sealed class USyncSemanticComparer(IReadOnlyDictionary<string, Guid>? mediaTypeKeys = null)
{
    private static readonly Dictionary<string, string> Identity = new()
    {
        ["GenericProperty"] = "Alias",
        ["Tab"] = "Key",
    };

    /// <summary>
    /// The differences, each with its path below the root (<c>Info/Name</c>, <c>GenericProperties/GenericProperty[title]/Mandatory</c>)
    /// and both values; empty when the files mean the same.
    /// </summary>
    public IReadOnlyList<USyncDifference> Compare(XElement expected, XElement actual)
    {
        var differences = new List<USyncDifference>();
        Walk(Canonical(expected), Canonical(actual), string.Empty, differences);
        return differences;
    }

    private XElement Canonical(XElement source)
    {
        var element = new XElement(source);
        if (element.Element("Info") is { } info)
        {
            NormaliseInfo(info);
        }

        foreach (var type in element.Descendants("Type").Where(t => t.Parent?.Name == "GenericProperty"))
        {
            type.Value = Legacy.LegacyDataTypes.EditorAlias(type.Value.Trim());
        }

        foreach (var json in element.Descendants().Where(e => e.Name == "Value" || e.Name == "Config").ToList())
        {
            var text = element.Name == "DataType" && json.Name == "Config" ? Config(json.Value) : CanonicalJson.Text(json.Value.Trim());
            json.ReplaceNodes(CanonicalJson.IsEmpty(text) ? string.Empty : text?.ToJsonString() ?? string.Empty);
        }

        RemoveEmpty(element);
        return element;
    }

    private static void NormaliseInfo(XElement info)
    {
        if (info.Element("IsListView") is { } isListView)
        {
            isListView.ReplaceWith(new XElement("HasListView", bool.TryParse(isListView.Value.Trim(), out var b) && b));
        }
        else if (info.Element("ListView") is { } listView)
        {
            listView.ReplaceWith(new XElement("HasListView", Guid.TryParse(listView.Value, out var g) && g != Guid.Empty));
        }

        info.Element("DatabaseType")?.Remove();
        info.Element("EditorUIAlias")?.Remove();
        if (info.Element("EditorAlias") is { } editor)
        {
            editor.Value = Legacy.LegacyDataTypes.EditorAlias(editor.Value.Trim());
        }
    }

    private JsonNode? Config(string text)
    {
        if (ValueJson.TryParse(text) is not JsonObject config)
        {
            return CanonicalJson.Text(text.Trim());
        }

        // Umbraco 13 filters media pickers by media type alias, 14+ by key.
        if (mediaTypeKeys is not null && config.GetString("filter") is { Length: > 0 } filter)
        {
            var keys = filter.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(a => mediaTypeKeys.TryGetValue(a, out var key) ? key.ToString() : a);
            config.Remove(config.First(p => p.Key.Equals("filter", StringComparison.OrdinalIgnoreCase)).Key);
            config["filter"] = string.Join(',', keys);
        }

        return CanonicalJson.Of(config);
    }

    private static void RemoveEmpty(XElement element)
    {
        foreach (var child in element.Elements().ToList())
        {
            RemoveEmpty(child);
            if (!child.HasElements && !child.HasAttributes && child.Value.Trim().Length == 0)
            {
                child.Remove();
            }
        }
    }

    private static void Walk(XElement expected, XElement actual, string path, List<USyncDifference> differences)
    {
        foreach (var name in expected.Attributes().Select(a => a.Name).Union(actual.Attributes().Select(a => a.Name)))
        {
            if (!Same(expected.Attribute(name)?.Value, actual.Attribute(name)?.Value))
            {
                differences.Add(new(Join(path, "@" + name), expected.Attribute(name)?.Value, actual.Attribute(name)?.Value));
            }
        }

        if (!expected.HasElements && !actual.HasElements)
        {
            if (!Same(expected.Value, actual.Value))
            {
                differences.Add(new(path.Length == 0 ? expected.Name.LocalName : path, Short(expected.Value), Short(actual.Value)));
            }

            return;
        }

        var mine = Keyed(expected);
        var theirs = Keyed(actual);
        foreach (var key in mine.Keys.Union(theirs.Keys))
        {
            var e = mine.GetValueOrDefault(key);
            var a = theirs.GetValueOrDefault(key);
            if (e is null || a is null)
            {
                differences.Add(new(Join(path, key), e is null ? null : Short(Flat(e)), a is null ? null : Short(Flat(a))));
                continue;
            }

            Walk(e, a, Join(path, key), differences);
        }
    }

    // Children by identity, so that list order never counts: by Key, Culture or Language attribute, or by a child.
    private static Dictionary<string, XElement> Keyed(XElement parent)
    {
        var result = new Dictionary<string, XElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in parent.Elements().GroupBy(e => e.Name.LocalName))
        {
            var index = 0;
            foreach (var child in group)
            {
                var id = child.Attribute("Key")?.Value ?? child.Attribute("Culture")?.Value ?? child.Attribute("Language")?.Value
                    ?? (Identity.TryGetValue(child.Name.LocalName, out var by) ? child.Element(by)?.Value : null);
                var key = id is null ? (index++ == 0 ? group.Key : $"{group.Key}#{index - 1}") : $"{group.Key}[{Id(id)}]";
                result[key] = child;
            }
        }

        return result;
    }

    private static string Id(string id) => Guid.TryParse(id, out var g) ? g.ToString() : id.Trim().ToLowerInvariant();

    private static bool Same(string? a, string? b)
    {
        a = a?.Trim() ?? string.Empty;
        b = b?.Trim() ?? string.Empty;
        return string.Equals(a, b, StringComparison.Ordinal)
            || (bool.TryParse(a, out var x) && bool.TryParse(b, out var y) && x == y)
            || (Guid.TryParse(a, out var g) && Guid.TryParse(b, out var h) && g == h);
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "/" + name;

    private static string Flat(XElement element) => element.HasElements ? "(present)" : element.Value.Trim();

    private static string Short(string text) => (text = text.Trim()).Length > 80 ? text[..77] + "..." : text;
}
