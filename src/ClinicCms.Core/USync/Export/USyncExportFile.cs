namespace ClinicCms.Core.USync.Export;

/// <summary>One file an export writes: its path in the version folder, what it describes, and its exact bytes.</summary>
public sealed record USyncExportFile(string Path, USyncItemType? Type, Guid Key, string Name, byte[] Bytes)
{
    public USyncFileChange Change { get; init; } = USyncFileChange.Created;
}
