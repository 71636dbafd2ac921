using System.Xml.Linq;
using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync.Writing;

namespace ClinicCms.Core.USync.Export;

/// <summary>
/// A full export of a site as uSync 17 files: every item in uSync's handler and tree order, named as uSync names
/// them (clashes get the <c>_xxxxxxxx</c> suffix, checked against the files already in the folder and those written
/// before), and every other file in the folder with an exported item's key turned into a <c>Rename</c> marker.
/// Pure: the same state and folder always give the same files, byte for byte.
/// </summary>
public static class USyncExporter
{
    public const string USyncVersion = "17.0.0.0";
    public const string Format = "10.7.0";

    public static IReadOnlyList<USyncExportFile> Export(USyncState state, USyncFolderIndex existing, Func<USyncItemType, bool>? include = null)
    {
        var index = existing.Clone();
        var files = new List<USyncExportFile>
        {
            new("usync.config", null, Guid.Empty, "usync.config",
                USyncXml.ToBytes(new XElement("uSync", new XAttribute("version", USyncVersion), new XAttribute("format", Format)))),
        };

        // Writing the XML is the work and items are independent; naming must follow export order, so it comes after.
        var items = Items(state).Where(i => include is null || include(i.Type)).ToList();
        var built = new (string MatchString, byte[] Bytes)[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            var xml = items[i].Build();
            built[i] = (USyncFolderIndex.MatchString(xml), USyncXml.ToBytes(xml));
        });

        foreach (var group in items.Select((item, i) => (Item: item, Built: built[i])).GroupBy(x => x.Item.Type))
        {
            var folder = group.Key.Folder();
            var written = new List<(USyncExportFile File, ExportItem Item)>();
            foreach (var (item, (xmlMatch, bytes)) in group)
            {
                var path = $"{folder}/{PathFor(item, folder, index)}";
                var file = new USyncExportFile(path, item.Type, item.Key, item.Name, bytes);
                index.Add(new USyncIndexedFile(path, item.Key, item.Name, xmlMatch, null));
                written.Add((file, item));
            }

            files.AddRange(written.Select(w => w.File));
            files.AddRange(RenameMarkers(index, folder, written));
        }

        return files;
    }

    // uSync's CheckAndFixFileClash: the plain name unless another item's file already has it.
    private static string PathFor(ExportItem item, string folder, USyncFolderIndex index)
    {
        var plain = USyncFileNames.FileName(item.BaseName);
        if (index.Get($"{folder}/{plain}") is not { } taken
            || taken.Key == item.Key
            || string.Equals(taken.MatchString, item.MatchString, StringComparison.OrdinalIgnoreCase))
        {
            return plain;
        }

        return USyncFileNames.ClashName(item.BaseName, item.Key);
    }

    private static IEnumerable<USyncExportFile> RenameMarkers(USyncFolderIndex index, string folder, List<(USyncExportFile File, ExportItem Item)> written)
    {
        var byKey = written.ToDictionary(w => w.Item.Key);
        var paths = written.Select(w => w.File.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var old in index.InFolder(folder).OrderBy(f => f.Path, StringComparer.Ordinal).ToList())
        {
            if (paths.Contains(old.Path) || old.Empty == EmptyChange.Rename || !byKey.TryGetValue(old.Key, out var current))
            {
                continue;
            }

            var marker = new EmptyMarker(old.Key, old.Alias, EmptyChange.Rename, current.Item.RenameLevel, null);
            index.Add(old with { Empty = EmptyChange.Rename });
            yield return new USyncExportFile(old.Path, current.Item.Type, old.Key, old.Alias, USyncXml.ToBytes(EmptyWriter.Write(marker)))
            {
                Change = USyncFileChange.RenameMarker,
            };
        }
    }

    private static IEnumerable<ExportItem> Items(USyncState state)
    {
        var schema = state.ToRegistry();
        foreach (var l in state.Languages.OrderByDescending(l => l.IsDefault).ThenBy(l => l.IsoCode, StringComparer.OrdinalIgnoreCase))
        {
            yield return Schema(USyncItemType.Language, l.Key, l.IsoCode, USyncFileNames.BaseName(l), () => LanguageWriter.Write(l));
        }

        foreach (var d in state.Dictionary.OrderBy(d => d.ItemKey, StringComparer.OrdinalIgnoreCase))
        {
            yield return Schema(USyncItemType.Dictionary, d.Key, d.ItemKey, USyncFileNames.BaseName(d), () => DictionaryWriter.Write(d));
        }

        foreach (var d in state.DataTypes.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Key))
        {
            yield return Schema(USyncItemType.DataType, d.Key, d.Name, USyncFileNames.BaseName(d), () => DataTypeWriter.Write(d));
        }

        foreach (var t in state.Templates.OrderBy(t => t.Level).ThenBy(t => t.Alias, StringComparer.OrdinalIgnoreCase))
        {
            yield return Schema(USyncItemType.Template, t.Key, t.Alias, USyncFileNames.BaseName(t), () => TemplateWriter.Write(t));
        }

        foreach (var kind in new[] { (ContentTypeKind.Document, USyncItemType.ContentType), (ContentTypeKind.Media, USyncItemType.MediaType), (ContentTypeKind.Member, USyncItemType.MemberType) })
        {
            foreach (var t in state.ContentTypes.Where(t => t.Kind == kind.Item1).OrderBy(t => t.Level).ThenBy(t => t.Alias, StringComparer.OrdinalIgnoreCase))
            {
                yield return Schema(kind.Item2, t.Key, t.Alias, USyncFileNames.BaseName(t), () => ContentTypeWriter.Write(t));
            }
        }

        var tree = new ContentTree(state.Nodes);
        foreach (var kind in new[] { (ContentItemKind.Media, USyncItemType.Media), (ContentItemKind.Content, USyncItemType.Content) })
        {
            foreach (var node in tree.DepthFirst().Where(n => n.Kind == kind.Item1))
            {
                var level = tree.Level(node) + (node.Trashed ? 100 : 0);
                yield return new ExportItem(kind.Item2, node.Key, node.Name, USyncFileNames.BaseName(node),
                    () => ContentItemWriter.Write(ContentCompletion.Complete(node, tree, schema)), $"{node.Name}_{level}", level);
            }
        }

        foreach (var d in state.Domains.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Language, StringComparer.OrdinalIgnoreCase))
        {
            var domain = tree.Node(d.RootKey) is { } root ? d with { RootPath = tree.NamePath(root) } : d;
            yield return Schema(USyncItemType.Domain, d.Key, d.Name, USyncFileNames.BaseName(domain), () => DomainWriter.Write(domain));
        }

        foreach (var r in state.RelationTypes.OrderBy(r => r.Alias, StringComparer.OrdinalIgnoreCase))
        {
            yield return Schema(USyncItemType.RelationType, r.Key, r.Alias, UrlSegments.SafeAlias(r.Alias), () => RelationTypeWriter.Write(r));
        }
    }

    private static ExportItem Schema(USyncItemType type, Guid key, string name, string baseName, Func<XElement> build) =>
        new(type, key, name, baseName, build, name, null);

    private sealed record ExportItem(USyncItemType Type, Guid Key, string Name, string BaseName, Func<XElement> Build, string MatchString, int? RenameLevel);
}
