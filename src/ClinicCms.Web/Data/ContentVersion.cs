using ClinicCms.Core.Content;

namespace ClinicCms.Web.Data;

/// <summary>
/// One saved state of a node: its name, template and property values (JSON, see
/// <see cref="ClinicCms.Core.Content.PropertyValuesJson"/>). Versions are never changed after they are written;
/// publishing points the node at one.
/// </summary>
public sealed class ContentVersion
{
    private string _name = string.Empty;
    private string _values = string.Empty;

    public int Id { get; set; }
    public int NodeId { get; set; }
    public ContentNode? Node { get; set; }

    /// <summary>1 for the first version of the node, then counting up.</summary>
    public int Number { get; set; }

    /// <summary>The node name in this version; setting it clears <see cref="UrlSegment"/>.</summary>
    public required string Name
    {
        get => _name;
        set
        {
            _name = value;
            UrlSegment = null;
        }
    }

    /// <summary>
    /// The URL segment of <see cref="Name"/> as Umbraco makes it, stored (filled in on save, see <see cref="CmsDbContext"/>)
    /// so start-up reads it instead of computing one per page.
    /// </summary>
    public string? UrlSegment { get; set; }

    public Guid? TemplateKey { get; set; }

    /// <summary>
    /// The same values in <see cref="PackedPropertyValues"/> form (about a fifth of the size): what the published
    /// snapshot loads at start-up and keeps in memory. Setting <see cref="Values"/> clears it and saving fills it in
    /// (see <see cref="CmsDbContext"/>), unless the writer packed the values itself (the uSync import does, in
    /// parallel). Readers fall back to <see cref="Values"/> for rows written without it.
    /// </summary>
    public byte[]? PackedValues { get; set; }

    /// <summary>Names per culture for variant content (JSON <c>{"en-US":"Home"}</c>); null for invariant content.</summary>
    public string? CultureNames { get; set; }

    public DateTime Date { get; set; }
    public int? UserId { get; set; }
    public string? UserName { get; set; }

    /// <summary>Set once this version has been published (it stays set after later publishes).</summary>
    public bool WasPublished { get; set; }

    /// <summary>
    /// Fills in what the published snapshot loads, when not set: the URL segment and the packed values (from
    /// <paramref name="values"/> when the caller has them parsed, else from <see cref="Values"/>). Saving through EF
    /// does this for every version; writers that insert rows themselves (the uSync import's bulk insert) call it.
    /// </summary>
    public void CompleteForSnapshot(PropertyValues? values = null)
    {
        UrlSegment ??= UrlSegments.ForName(Name);
        PackedValues ??= values is null ? PackedPropertyValues.Pack(Values) : PackedPropertyValues.Pack(values);
    }

    /// <summary>The property values as stored texts (JSON); setting them clears <see cref="PackedValues"/>.</summary>
    /// <remarks>
    /// Declared last so it is the table's last column: SQLite reads a row's columns in order, and start-up reads every
    /// column but this large one.
    /// </remarks>
    public required string Values
    {
        get => _values;
        set
        {
            _values = value;
            PackedValues = null;
        }
    }
}
