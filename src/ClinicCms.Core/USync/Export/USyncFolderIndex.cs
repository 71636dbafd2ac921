using System.Xml;
using System.Xml.Linq;

namespace ClinicCms.Core.USync.Export;

/// <summary>
/// The files already in a uSync version folder, by handler folder, read just enough to know each file's key and alias
/// (uSync's clash check and clean-up need no more). Paths are compared ignoring case, so two names that differ only
/// in case never both exist: the folder must work when checked out on Windows too.
/// </summary>
public sealed class USyncFolderIndex
{
    private readonly Dictionary<string, USyncIndexedFile> _files = new(StringComparer.OrdinalIgnoreCase);

    public static USyncFolderIndex Empty => new();

    public IEnumerable<USyncIndexedFile> Files => _files.Values;

    public static USyncFolderIndex Read(string folder)
    {
        var index = new USyncFolderIndex();
        if (!Directory.Exists(folder))
        {
            return index;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*" + Writing.USyncFileNames.Extension, SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (relative.Contains('/') && TryRead(path) is { } root && root.Attribute("Key")?.Value is { } key && Guid.TryParse(key, out var guid))
            {
                index.Add(new USyncIndexedFile(relative, guid, root.Attribute("Alias")?.Value ?? string.Empty, MatchString(root), EmptyChangeOf(root),
                    int.TryParse(root.Attribute("Level")?.Value, out var level) ? level : null));
            }
        }

        return index;
    }

    public USyncFolderIndex Clone()
    {
        var copy = new USyncFolderIndex();
        foreach (var file in _files.Values)
        {
            copy.Add(file);
        }

        return copy;
    }

    public USyncIndexedFile? Get(string path) => _files.GetValueOrDefault(path);

    public void Add(USyncIndexedFile file) => _files[file.Path] = file;

    public IEnumerable<USyncIndexedFile> InFolder(string handlerFolder) =>
        _files.Values.Where(f => f.Path.StartsWith(handlerFolder + "/", StringComparison.OrdinalIgnoreCase));

    // uSync's GetXmlMatchString: the alias, and for content and media also the path (or the level).
    public static string MatchString(XElement root)
    {
        var alias = root.Attribute("Alias")?.Value ?? string.Empty;
        if (root.Name.LocalName is "Content" or "Media")
        {
            var path = root.Element("Info")?.Element("Path")?.Value;
            return $"{alias}_{(string.IsNullOrEmpty(path) ? root.Attribute("Level")?.Value : path)}";
        }

        return alias;
    }

    private static EmptyChange? EmptyChangeOf(XElement root) =>
        root.Name.LocalName != "Empty" ? null
        : Enum.TryParse<EmptyChange>(root.Attribute("Change")?.Value, ignoreCase: true, out var change) ? change : EmptyChange.None;

    private static XElement? TryRead(string path)
    {
        try
        {
            return XDocument.Load(path).Root;
        }
        catch (XmlException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
