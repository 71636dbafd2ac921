namespace ClinicCms.Core.USync.Export;

public enum USyncFileChange
{
    Unchanged,
    Created,
    Updated,

    /// <summary>An older file of an exported item, turned into a <c>Rename</c> marker so only one live file has its key.</summary>
    RenameMarker,
}

/// <summary>One file an export writes: its path in the version folder, what it describes, and its exact bytes.</summary>
public sealed record USyncExportFile(string Path, USyncItemType? Type, Guid Key, string Name, byte[] Bytes)
{
    public USyncFileChange Change { get; init; } = USyncFileChange.Created;
}
