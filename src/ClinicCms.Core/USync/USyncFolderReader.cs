using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync.Reading;

namespace ClinicCms.Core.USync;

/// <summary>
/// Reads a uSync version folder (e.g. <c>uSync/v17</c>): every <c>.config</c> file of every handler folder it
/// knows. A file that cannot be read becomes an error naming its path and line; reading goes on so that one
/// run reports every broken file.
/// </summary>
public static class USyncFolderReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    /// <summary>Reads the folder; <paramref name="include"/> limits which handlers are read (all when null).</summary>
    public static USyncSet Read(string folder, Func<USyncItemType, bool>? include = null)
    {
        var files = ListFiles(folder, include);
        var hashes = new SetHasher();
        string? version = null;
        string? format = null;
        var loaded = new List<(USyncItemType Type, string Relative, byte[] Bytes)>();
        var problems = new List<USyncProblem>();

        foreach (var (path, relative, handler) in files)
        {
            if (handler is null)
            {
                if (relative.Equals("usync.config", StringComparison.OrdinalIgnoreCase))
                {
                    (version, format) = ReadVersion(File.ReadAllBytes(path));
                }
                else if (relative.Contains('/'))
                {
                    problems.Add(USyncProblem.Warning(new SourceLocation(relative, 0), "not a folder ClinicCms imports; skipped"));
                }

                continue;
            }

            var bytes = File.ReadAllBytes(path);
            hashes.Add(handler.Value, relative, bytes);
            loaded.Add((handler.Value, relative, bytes));
        }

        var set = new USyncSet
        {
            Folder = folder,
            USyncVersion = version,
            Format = format,
            SchemaHash = hashes.Schema.Finish(),
            ContentHash = hashes.Content.Finish(),
        };
        set.Problems.AddRange(problems);

        // Parsing is most of the work and files are independent: read them in parallel, add them in file order.
        var read = new Action<USyncSet>[loaded.Count];
        Parallel.For(0, loaded.Count, i => read[i] = ReadFile(loaded[i].Type, loaded[i].Relative, loaded[i].Bytes));
        foreach (var add in read)
        {
            add(set);
        }

        set.UpgradedItems = Legacy.LegacyFormat.Upgrade(set);
        return set;
    }

    /// <summary>
    /// The schema and content hashes <see cref="Read"/> gives, from the files' bytes alone: start-up compares them with
    /// the last import's before it parses anything, so an unchanged folder costs a listing and a read.
    /// </summary>
    public static (string SchemaHash, string ContentHash) ReadHashes(string folder, Func<USyncItemType, bool>? include = null)
    {
        var hashes = new SetHasher();
        foreach (var (path, relative, handler) in ListFiles(folder, include))
        {
            if (handler is { } type)
            {
                hashes.Add(type, relative, File.ReadAllBytes(path));
            }
        }

        return (hashes.Schema.Finish(), hashes.Content.Finish());
    }

    // The .config files in path order with their handler (null for usync.config and folders ClinicCms does not import).
    // Handler folders left out are not listed at all: a large site's Content folder holds tens of thousands of files.
    private static List<(string Path, string Relative, USyncItemType? Handler)> ListFiles(string folder, Func<USyncItemType, bool>? include)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"uSync folder not found: {folder}");
        }

        var paths = Directory.EnumerateFiles(folder, "*.config", SearchOption.TopDirectoryOnly).ToList();
        foreach (var directory in Directory.EnumerateDirectories(folder))
        {
            if (include is not null && USyncItemTypes.FromFolder(Path.GetFileName(directory)) is { } type && !include(type))
            {
                continue;
            }

            paths.AddRange(Directory.EnumerateFiles(directory, "*.config", SearchOption.AllDirectories));
        }

        return [.. paths
            .Select(path => (Path: path, Relative: Path.GetRelativePath(folder, path).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => (f.Path, f.Relative, f.Relative.Split('/') is { Length: > 1 } parts ? USyncItemTypes.FromFolder(parts[0]) : null))];
    }

    /// <summary>Reads one file's text; used by tests and by tools that look at a single item.</summary>
    public static XElement Parse(string relative, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            using var reader = XmlReader.Create(stream, Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root
                ?? throw new USyncFormatException(new SourceLocation(relative, 1), "the file has no root element");
        }
        catch (XmlException e)
        {
            throw new USyncFormatException(new SourceLocation(relative, e.LineNumber), $"malformed XML: {StripPosition(e.Message)}");
        }
    }

    // Reads one file into a closure that adds the item (or the problem) to a set.
    private static Action<USyncSet> ReadFile(USyncItemType type, string relative, byte[] bytes)
    {
        var xml = new XmlItemReader(relative);
        try
        {
            var root = Parse(relative, bytes);
            var source = xml.At(root);
            var name = root.Name.LocalName;
            if (name == "Empty")
            {
                var empty = new USyncEmptyEntry(type, EmptyReader.Read(root, xml), source);
                return set => set.Empties.Add(empty);
            }

            if (!string.Equals(name, type.RootElement(), StringComparison.Ordinal))
            {
                var problem = USyncProblem.Error(source, $"expected a <{type.RootElement()}> file in {type.Folder()}/, found <{name}>");
                return set => set.Problems.Add(problem);
            }

            var lines = LineMap.Build(root);
            return type switch
            {
                USyncItemType.Language => Add(s => s.Languages, LanguageReader.Read(root, xml)),
                USyncItemType.Dictionary => Add(s => s.Dictionary, DictionaryReader.Read(root, xml)),
                USyncItemType.DataType => Add(s => s.DataTypes, DataTypeReader.Read(root, xml)),
                USyncItemType.Template => Add(s => s.Templates, TemplateReader.Read(root, xml)),
                USyncItemType.ContentType => Add(s => s.ContentTypes, ContentTypeReader.Read(root, xml, ContentTypeKind.Document)),
                USyncItemType.MediaType => Add(s => s.MediaTypes, ContentTypeReader.Read(root, xml, ContentTypeKind.Media)),
                USyncItemType.MemberType => Add(s => s.MemberTypes, ContentTypeReader.Read(root, xml, ContentTypeKind.Member)),
                USyncItemType.Media => Add(s => s.Media, ContentItemReader.Read(root, xml, ContentItemKind.Media)),
                USyncItemType.Content => Add(s => s.Content, ContentItemReader.Read(root, xml, ContentItemKind.Content)),
                USyncItemType.Blueprint => Add(s => s.Blueprints, ContentItemReader.Read(root, xml, ContentItemKind.Content)),
                USyncItemType.Domain => Add(s => s.Domains, DomainReader.Read(root, xml)),
                USyncItemType.RelationType => Add(s => s.RelationTypes, RelationTypeReader.Read(root, xml)),
                _ => _ => { },
            };

            Action<USyncSet> Add<T>(Func<USyncSet, List<USyncEntry<T>>> list, T item) => set => list(set).Add(new(item, source, lines));
        }
        catch (USyncFormatException e)
        {
            var problem = USyncProblem.Error(e.Location, e.Problem);
            return set => set.Problems.Add(problem);
        }
    }

    private static (string? Version, string? Format) ReadVersion(byte[] bytes)
    {
        try
        {
            var root = Parse("usync.config", bytes);
            return (root.Attribute("version")?.Value, root.Attribute("format")?.Value);
        }
        catch (USyncFormatException)
        {
            return (null, null);
        }
    }

    // XmlException messages end with "Line 3, position 7."; the location is reported separately.
    private static string StripPosition(string message) =>
        message.IndexOf(" Line ", StringComparison.Ordinal) is var i and > 0 ? message[..i].TrimEnd() : message;

    // One rule for both hashes, so the start-up check (ReadHashes) and an import (Read) always agree.
    private sealed class SetHasher
    {
        public Hasher Schema { get; } = new();

        public Hasher Content { get; } = new();

        public void Add(USyncItemType type, string relative, byte[] bytes) => (type.IsSchema() ? Schema : Content).Add(relative, bytes);
    }

    private sealed class Hasher
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Add(string relative, byte[] bytes)
        {
            _hash.AppendData(Encoding.UTF8.GetBytes(relative));
            _hash.AppendData(bytes);
        }

        public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());
    }
}
