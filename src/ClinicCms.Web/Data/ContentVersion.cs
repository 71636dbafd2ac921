namespace ClinicCms.Web.Data;

/// <summary>
/// One saved state of a node: its name, template and property values (JSON, see
/// <see cref="ClinicCms.Core.Content.PropertyValuesJson"/>). Versions are never changed after they are written;
/// publishing points the node at one.
/// </summary>
public sealed class ContentVersion
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public ContentNode? Node { get; set; }

    /// <summary>1 for the first version of the node, then counting up.</summary>
    public int Number { get; set; }

    public required string Name { get; set; }
    public Guid? TemplateKey { get; set; }
    public required string Values { get; set; }

    /// <summary>Names per culture for variant content (JSON <c>{"en-US":"Home"}</c>); null for invariant content.</summary>
    public string? CultureNames { get; set; }
    public DateTime Date { get; set; }
    public int? UserId { get; set; }
    public string? UserName { get; set; }

    /// <summary>Set once this version has been published (it stays set after later publishes).</summary>
    public bool WasPublished { get; set; }
}
