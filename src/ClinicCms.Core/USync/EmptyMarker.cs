namespace ClinicCms.Core.USync;

public enum EmptyChange
{
    None,
    Delete,
    Rename,
    Clean,
}

/// <summary>uSync's <c>Empty</c> file: a delete, rename or clean marker left where an item's file was.</summary>
public sealed record EmptyMarker(Guid Key, string Alias, EmptyChange Change, int? Level, string? ItemType);
