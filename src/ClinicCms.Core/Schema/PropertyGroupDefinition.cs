namespace ClinicCms.Core.Schema;

/// <summary>A tab or a group of properties. A group inside a tab has the alias <c>tab/group</c>.</summary>
public sealed record PropertyGroupDefinition(
    Guid Key,
    string Caption,
    string Alias,
    PropertyGroupType Type,
    int SortOrder)
{
    /// <summary>The alias of the tab holding this group, or null for a tab or a group at the top level.</summary>
    public string? ParentAlias => Alias.LastIndexOf('/') is var i and > 0 ? Alias[..i] : null;
}
