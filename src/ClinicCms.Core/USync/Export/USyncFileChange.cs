namespace ClinicCms.Core.USync.Export;

public enum USyncFileChange
{
    Unchanged,
    Created,
    Updated,

    /// <summary>An older file of an exported item, turned into a <c>Rename</c> marker so only one live file has its key.</summary>
    RenameMarker,
}
