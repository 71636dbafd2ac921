using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync.Export;

namespace ClinicCms.Core.USync.Plan;

/// <summary>
/// Plans content and media: matched by Key only (names repeat across a tree). A node edited in this environment
/// since its last import is never overwritten or deleted unless forced: it becomes a conflict.
/// A <c>Delete</c> marker removes the node and the nodes below it that the files do not keep elsewhere.
/// </summary>
internal sealed class ContentPlanner(USyncState current, USyncSet set, USyncPlanOptions options, SchemaRegistry schema, List<USyncPlanItem> items, List<USyncProblem> problems)
{
    private const string EditedNote = "edited in this environment since its last import; use --force to overwrite it";

    public void Plan()
    {
        var nodes = current.Nodes.ToDictionary(n => n.Key);
        var tree = new ContentTree(current.Nodes);
        var incoming = set.Media.Select(e => (Type: USyncItemType.Media, Entry: e))
            .Concat(set.Content.Select(e => (Type: USyncItemType.Content, Entry: e)))
            .ToList();
        var live = incoming.ToDictionary(i => i.Entry.Item.Key, i => i.Entry.Item);

        foreach (var (type, entry) in incoming.OrderBy(i => i.Type).ThenBy(i => i.Entry.Item.Level).ThenBy(i => i.Entry.Item.SortOrder ?? 0))
        {
            var item = entry.Item;
            if (!nodes.TryGetValue(item.Key, out var existing))
            {
                items.Add(new USyncPlanItem(type, item.Key, item.Name, USyncChange.Create, entry.Source.File) { Item = item });
                continue;
            }

            var differences = ContentDiff.Compare(existing, item, schema);
            var change = differences.Count == 0 ? USyncChange.NoChange
                : current.EditedNodes.Contains(item.Key) && !options.Force ? USyncChange.Conflict
                : USyncChange.Update;
            items.Add(new USyncPlanItem(type, item.Key, item.Name, change, entry.Source.File)
            {
                Differences = differences,
                Item = change == USyncChange.NoChange ? null : item,
                Note = change == USyncChange.Conflict ? EditedNote : null,
            });
        }

        var deleted = new HashSet<Guid>();
        foreach (var marker in set.Empties.Where(m => m.Type is USyncItemType.Content or USyncItemType.Media && m.Marker.Change == EmptyChange.Delete))
        {
            if (!nodes.TryGetValue(marker.Marker.Key, out var node) || live.ContainsKey(node.Key))
            {
                continue;
            }

            foreach (var target in tree.Descendants(node.Key).Prepend(node).Where(n => !deleted.Contains(n.Key)))
            {
                if (live.TryGetValue(target.Key, out var kept))
                {
                    if (kept.ParentKey == target.ParentKey && deleted.Contains(target.ParentKey))
                    {
                        problems.Add(USyncProblem.Error(marker.Source, $"\"{target.Name}\" is kept by its file but sits under \"{node.Name}\", which this Delete marker removes"));
                    }

                    continue;
                }

                deleted.Add(target.Key);
                var edited = current.EditedNodes.Contains(target.Key) && !options.Force;
                items.Add(new USyncPlanItem(marker.Type, target.Key, target.Name, edited ? USyncChange.Conflict : USyncChange.Delete, marker.Source.File)
                {
                    Note = edited ? EditedNote : target.Key == node.Key ? null : $"below \"{node.Name}\"",
                });
            }
        }
    }
}
