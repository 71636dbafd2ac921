namespace ClinicCms.Web.Data;

/// <summary>Small pieces of site state, like Umbraco's <c>umbracoKeyValue</c> table (e.g. the hash of the last imported schema).</summary>
public sealed class KeyValue
{
    public required string Key { get; set; }
    public string? Value { get; set; }
    public DateTime UpdateDate { get; set; }
}
