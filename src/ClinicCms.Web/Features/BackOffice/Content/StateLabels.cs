namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>Umbraco's words for document states and audit actions.</summary>
public static class StateLabels
{
    public static string For(DocumentState state) => state switch
    {
        DocumentState.Published => "Published",
        DocumentState.PublishedPendingChanges => "Published (pending changes)",
        DocumentState.Trashed => "Trashed",
        _ => "Draft",
    };

    public static string Action(string action) => action switch
    {
        "New" => "Created",
        "Save" => "Saved",
        "Publish" => "Published",
        "Unpublish" => "Unpublished",
        "Move" => "Moved",
        "Sort" => "Sorted children",
        "Delete" => "Deleted",
        "Restore" => "Restored",
        "RollBack" => "Rolled back",
        "Import" => "Imported",
        _ => action,
    };
}
