namespace ClinicCms.Core.USync.Plan;

/// <summary>What an import does to one item.</summary>
public enum USyncChange
{
    NoChange,
    Create,
    Update,
    Delete,

    /// <summary>The files would overwrite (or delete) a node edited in this environment since its last import: skipped unless forced.</summary>
    Conflict,
}
