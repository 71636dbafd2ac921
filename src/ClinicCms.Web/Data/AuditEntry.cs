namespace ClinicCms.Web.Data;

/// <summary>Who did what to a node, and when: the node's history.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public Guid NodeKey { get; set; }
    public required string Action { get; set; }
    public DateTime Date { get; set; }
    public int? UserId { get; set; }
    public string? UserName { get; set; }
    public int? VersionNumber { get; set; }
    public string? Comment { get; set; }
}
