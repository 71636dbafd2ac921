using System.Xml;
using System.Xml.Linq;

namespace ClinicCms.Core.USync;

/// <summary>
/// The line of each element of a uSync file near the root, so that a problem found after reading (a missing
/// composition, a broken picker) can still name the exact line. Paths are relative to the root element;
/// the n-th (0-based) sibling with the same name is written <c>Name#n</c> when n &gt; 0,
/// e.g. <c>GenericProperties/GenericProperty#2/Definition</c>.
/// </summary>
public sealed class LineMap
{
    private const int MaxDepth = 4;
    private readonly Dictionary<string, int> _lines;

    private LineMap(int rootLine, Dictionary<string, int> lines)
    {
        RootLine = rootLine;
        _lines = lines;
    }

    public static LineMap None { get; } = new(0, []);

    public int RootLine { get; }

    public static LineMap Build(XElement root)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        Walk(root, string.Empty, 0, lines);
        return new LineMap(LineOf(root), lines);
    }

    public static string Path(string parent, string name, int index) =>
        (parent.Length == 0 ? name : parent + "/" + name) + (index > 0 ? "#" + index : string.Empty);

    /// <summary>The line of the element at the path, else of its nearest recorded ancestor, else of the root.</summary>
    public int Of(string path)
    {
        for (var p = path; p.Length > 0; p = p.LastIndexOf('/') is var i and > 0 ? p[..i] : string.Empty)
        {
            if (_lines.TryGetValue(p, out var line))
            {
                return line;
            }
        }

        return RootLine;
    }

    private static void Walk(XElement element, string path, int depth, Dictionary<string, int> lines)
    {
        if (depth >= MaxDepth)
        {
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            var index = seen.TryGetValue(name, out var n) ? n : 0;
            seen[name] = index + 1;
            var childPath = Path(path, name, index);
            lines[childPath] = LineOf(child);
            Walk(child, childPath, depth + 1, lines);
        }
    }

    private static int LineOf(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
