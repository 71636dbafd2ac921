using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Legacy;

/// <summary>
/// Brings items read from older uSync folders (<c>uSync/v9</c> from Umbraco 13, or Umbraco 14 block values) into the
/// uSync 17 form ClinicCms stores and exports: data types (<see cref="LegacyDataTypes"/>), content types
/// (<c>IsListView</c> becomes the <c>ListView</c> collection key, TinyMCE properties become rich text) and block values
/// (<see cref="LegacyBlockValues"/>). Items already in the new form are left as they are.
/// </summary>
public static class LegacyFormat
{
    // The list view data types every Umbraco install has, which a v13 "IsListView" switched on.
    private static readonly Guid ContentListView = new("c0808dd3-8133-4e4b-8ce8-e2bea84a96a4");
    private static readonly Guid MediaListView = new("3a0156c4-3b8c-4803-bdc1-6871faa83fff");
    private static readonly Guid MemberListView = new("aa2c52a0-ce87-4e65-a47c-7df09358585d");

    /// <summary>Converts the set's items in place; returns how many items changed.</summary>
    public static int Upgrade(USyncSet set)
    {
        var count = 0;
        var mediaTypeKeys = set.MediaTypes
            .GroupBy(t => t.Item.Alias, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Item.Key, StringComparer.OrdinalIgnoreCase);

        count += Replace(set.DataTypes, d => LegacyDataTypes.IsLegacy(d) ? LegacyDataTypes.Upgrade(d, mediaTypeKeys) : null);
        foreach (var types in new[] { set.ContentTypes, set.MediaTypes, set.MemberTypes })
        {
            count += Replace(types, UpgradeContentType);
        }

        foreach (var items in new[] { set.Content, set.Media, set.Blueprints })
        {
            count += Replace(items, UpgradeContentItem);
        }

        return count;
    }

    public static ContentTypeDefinition? UpgradeContentType(ContentTypeDefinition type)
    {
        var legacyListView = type.ListView is null && type.IsListView is not null;
        var legacyEditors = type.Properties.Any(p => p.EditorAlias != LegacyDataTypes.EditorAlias(p.EditorAlias));
        if (!legacyListView && !legacyEditors)
        {
            return null;
        }

        return type with
        {
            ListView = type.ListView ?? (type.IsListView == true ? DefaultListView(type.Kind) : Guid.Empty),
            IsListView = null,
            Properties = [.. type.Properties.Select(p => p with { EditorAlias = LegacyDataTypes.EditorAlias(p.EditorAlias) })],
        };
    }

    public static ContentItem? UpgradeContentItem(ContentItem item)
    {
        var changed = false;
        var values = item.Properties.Select(p => new KeyValuePair<string, IEnumerable<PropertyValue>>(p.Key, p.Value.Select(v =>
        {
            if (LegacyBlockValues.Upgrade(v.Value) is { } upgraded)
            {
                changed = true;
                return v with { Value = upgraded };
            }

            return v;
        }).ToList())).ToList();

        return changed ? item with { Properties = PropertyValues.From(values) } : null;
    }

    private static Guid DefaultListView(ContentTypeKind kind) => kind switch
    {
        ContentTypeKind.Media => MediaListView,
        ContentTypeKind.Member => MemberListView,
        _ => ContentListView,
    };

    private static int Replace<T>(List<USyncEntry<T>> entries, Func<T, T?> upgrade)
        where T : class
    {
        var count = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (upgrade(entries[i].Item) is { } upgraded)
            {
                entries[i] = entries[i] with { Item = upgraded };
                count++;
            }
        }

        return count;
    }
}
