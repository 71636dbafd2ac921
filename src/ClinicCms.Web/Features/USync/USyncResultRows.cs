using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Export;
using ClinicCms.Core.USync.Plan;

namespace ClinicCms.Web.Features.USync;

/// <summary>Turns plans and exports into results table rows, in Umbraco's words.</summary>
public static class USyncResultRows
{
    internal static readonly string[] ChangeOrder = ["Create", "Update", "Delete", "Conflict", "No change", "Created", "Updated", "Rename marker", "Unchanged"];

    public static IReadOnlyList<USyncResultRow> From(USyncPlan plan) => [.. plan.Items.Select(i => new USyncResultRow(
        Change(i.Change),
        ItemType(i.Type),
        i.Name,
        i.File ?? string.Empty,
        i.Note is { } note
            ? i.Differences.Count == 0 ? note : $"{note}; {string.Join("; ", i.Differences)}"
            : string.Join("; ", i.Differences)) { Note = i.Note, Differences = i.Differences })];

    public static IReadOnlyList<USyncResultRow> From(IEnumerable<USyncExportFile> files) => [.. files.Select(f => new USyncResultRow(
        f.Change switch
        {
            USyncFileChange.Created => "Created",
            USyncFileChange.Updated => "Updated",
            USyncFileChange.RenameMarker => "Rename marker",
            _ => "Unchanged",
        },
        f.Type is { } type ? ItemType(type) : "uSync",
        f.Name,
        f.Path,
        f.Change == USyncFileChange.RenameMarker ? "an older file of this item, now marked as renamed" : string.Empty))];

    public static string Change(USyncChange change) => change switch
    {
        USyncChange.NoChange => "No change",
        _ => change.ToString(),
    };

    public static string ItemType(USyncItemType type) => type switch
    {
        USyncItemType.Dictionary => "Dictionary item",
        USyncItemType.DataType => "Data type",
        USyncItemType.ContentType => "Document type",
        USyncItemType.MediaType => "Media type",
        USyncItemType.MemberType => "Member type",
        USyncItemType.RelationType => "Relation type",
        _ => type.ToString(),
    };
}
