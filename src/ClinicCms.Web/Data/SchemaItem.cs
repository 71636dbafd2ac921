using ClinicCms.Core.USync;

namespace ClinicCms.Web.Data;

/// <summary>A schema item (data type, content type, template, language...) stored as its record's JSON.</summary>
public sealed class SchemaItem
{
    public Guid Key { get; set; }
    public USyncItemType ItemType { get; set; }
    public required string Alias { get; set; }
    public required string Definition { get; set; }
    public DateTime UpdateDate { get; set; }
}
