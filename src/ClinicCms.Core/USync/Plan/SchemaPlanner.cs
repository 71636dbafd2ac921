using System.Xml.Linq;
using ClinicCms.Core.USync.Compare;

namespace ClinicCms.Core.USync.Plan;

/// <summary>
/// Plans one schema handler: each file's item is matched to the site's by Key (by alias when no key matches, as uSync
/// does for non-tree items, so a re-created item never becomes a duplicate), then compared as uSync would write
/// both. <c>Delete</c> markers remove the item with their key (or alias).
/// </summary>
internal sealed class SchemaPlanner(USyncSet set, List<USyncPlanItem> items)
{
    private readonly USyncSemanticComparer _comparer = new();

    public void Plan<T>(
        USyncItemType type,
        IReadOnlyList<USyncEntry<T>> incoming,
        IEnumerable<T> current,
        Func<T, Guid> key,
        Func<T, string> alias,
        Func<T, XElement> write,
        bool aliasFirst = false)
        where T : class
    {
        var existing = current.ToList();
        var byKey = existing.ToDictionary(key);
        var byAlias = existing.GroupBy(alias, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var incomingKeys = incoming.Select(e => key(e.Item)).ToHashSet();
        var claimed = new HashSet<Guid>();

        foreach (var entry in incoming)
        {
            var item = entry.Item;
            var aliasMatch = byAlias.GetValueOrDefault(alias(item)) is { } a && (aliasFirst || !incomingKeys.Contains(key(a))) ? a : null;
            var match = aliasFirst ? aliasMatch ?? byKey.GetValueOrDefault(key(item)) : byKey.GetValueOrDefault(key(item)) ?? aliasMatch;
            if (match is null || !claimed.Add(key(match)))
            {
                items.Add(new USyncPlanItem(type, key(item), alias(item), USyncChange.Create, entry.Source.File) { Item = item });
                continue;
            }

            var differences = _comparer.Compare(write(match), write(item)).Select(Rename).ToList();
            var change = differences.Count == 0 ? USyncChange.NoChange : USyncChange.Update;
            items.Add(new USyncPlanItem(type, key(item), alias(item), change, entry.Source.File)
            {
                Differences = differences,
                Item = change == USyncChange.Update ? item : null,
                Replaces = key(match) != key(item) ? key(match) : null,
            });
        }

        foreach (var marker in set.Empties.Where(m => m.Type == type && m.Marker.Change == EmptyChange.Delete))
        {
            var target = byKey.GetValueOrDefault(marker.Marker.Key) ?? byAlias.GetValueOrDefault(marker.Marker.Alias);
            if (target is not null && claimed.Add(key(target)))
            {
                items.Add(new USyncPlanItem(type, key(target), alias(target), USyncChange.Delete, marker.Source.File));
            }
        }
    }

    // Root attributes read better without the XML '@'.
    private static USyncDifference Rename(USyncDifference difference) =>
        difference.Field.StartsWith('@') ? difference with { Field = difference.Field[1..] } : difference;
}
