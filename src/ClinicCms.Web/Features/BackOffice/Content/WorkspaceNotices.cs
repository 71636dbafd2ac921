namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>The message shown after a redirect, named in the query string so no cookie is needed.</summary>
public static class WorkspaceNotices
{
    public static Notice? After(string? notice) => notice switch
    {
        "saved" => new("positive", "Saved."),
        "created" => new("positive", "Created and saved."),
        "published" => new("positive", "Saved and published: the change is on the public site."),
        "unpublished" => new("positive", "Unpublished: it is no longer on the public site."),
        "rolledback" => new("positive", "Rolled back: the old version is now the draft. Publish it to put it live."),
        "moved" => new("positive", "Moved."),
        "restored" => new("positive", "Restored from the Recycle Bin as a draft."),
        "sorted" => new("positive", "The children are in their new order."),
        _ => null,
    };
}
