using ClinicCms.Core.Schema;

namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>A tab of the editor form, holding boxes of properties.</summary>
public sealed record EditorTab(string Alias, string Caption, IReadOnlyList<EditorGroup> Groups);

/// <summary>A box of properties; properties that sit directly on a tab form a box without a headline.</summary>
public sealed record EditorGroup(string? Caption, IReadOnlyList<ComposedProperty> Properties);

/// <summary>
/// Lays a document type (with its compositions) out as Umbraco does: one tab per tab, groups as boxes inside them,
/// and anything outside a tab in a first "Generic" tab.
/// </summary>
public static class EditorLayout
{
    public static IReadOnlyList<EditorTab> For(ComposedContentType type)
    {
        var tabs = type.Groups.Where(g => g.Type == PropertyGroupType.Tab).ToList();
        var groups = type.Groups.Where(g => g.Type == PropertyGroupType.Group).ToList();
        var known = type.Groups.Select(g => g.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var generic = new List<EditorGroup>();
        var loose = type.Properties.Where(p => p.Type.GroupAlias is not { } a || !known.Contains(a)).ToList();
        if (loose.Count > 0)
        {
            generic.Add(new EditorGroup(null, loose));
        }

        generic.AddRange(groups.Where(g => g.ParentAlias is null).Select(g => Box(type, g.Alias, g.Caption)).Where(g => g.Properties.Count > 0));

        var result = new List<EditorTab>();
        if (generic.Count > 0)
        {
            result.Add(new EditorTab("generic", "Generic", generic));
        }

        foreach (var tab in tabs)
        {
            var boxes = new List<EditorGroup> { Box(type, tab.Alias, null) };
            boxes.AddRange(groups.Where(g => string.Equals(g.ParentAlias, tab.Alias, StringComparison.OrdinalIgnoreCase)).Select(g => Box(type, g.Alias, g.Caption)));
            var filled = boxes.Where(b => b.Properties.Count > 0).ToList();
            if (filled.Count > 0)
            {
                result.Add(new EditorTab(tab.Alias, tab.Caption, filled));
            }
        }

        return result;
    }

    private static EditorGroup Box(ComposedContentType type, string alias, string? caption) =>
        new(caption, [.. type.Properties.Where(p => string.Equals(p.Type.GroupAlias, alias, StringComparison.OrdinalIgnoreCase))]);
}
