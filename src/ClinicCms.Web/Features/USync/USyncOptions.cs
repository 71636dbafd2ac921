namespace ClinicCms.Web.Features.USync;

/// <summary>
/// uSync settings, under uSync's own key names (<c>uSync:Settings:*</c>), plus where the files are.
/// </summary>
public sealed class USyncOptions
{
    public const string Section = "uSync";

    /// <summary>
    /// The <c>uSync</c> folder (or a version folder inside it). Default: the nearest <c>uSync</c> folder at or above
    /// the content root, so the repository's <c>uSync/v17</c> is found from <c>src/ClinicCms.Web</c>.
    /// </summary>
    public string? Folder { get; set; }

    public USyncSettings Settings { get; set; } = new();
}

public sealed class USyncSettings
{
    /// <summary>
    /// What to import at every start when the files changed: <c>None</c>, <c>Settings</c> (the schema; default) or
    /// <c>All</c> (schema and content). Unchanged files are never re-imported.
    /// </summary>
    public string ImportAtStartup { get; set; } = "Settings";

    /// <summary>Import the starter content (and media metadata) when the site has no content yet. Default true.</summary>
    public bool ImportOnFirstBoot { get; set; } = true;

    /// <summary>Write back-office saves to the uSync folder: <c>None</c> (default), <c>Settings</c>, <c>Content</c> or <c>All</c>.</summary>
    public string ExportOnSave { get; set; } = "None";
}
