namespace ClinicCms.Web.Data;

/// <summary>
/// A change every web instance must apply to its in-memory snapshot, as Umbraco's load balancing does: written
/// in the same transaction as the change, read by the other instances' poller.
/// </summary>
public sealed class CacheInstruction
{
    public long Id { get; set; }
    public DateTime UtcDate { get; set; }

    /// <summary>The instance that made the change; it has applied it already.</summary>
    public required string Originator { get; set; }

    /// <summary>JSON: which nodes changed, or that the schema changed.</summary>
    public required string Instructions { get; set; }
}
