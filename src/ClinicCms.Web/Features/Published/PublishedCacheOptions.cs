namespace ClinicCms.Web.Features.Published;

/// <summary>Settings of the in-memory published snapshot (<c>ClinicCms:PublishedCache</c>).</summary>
public sealed class PublishedCacheOptions
{
    public const string Section = "ClinicCms:PublishedCache";

    /// <summary>
    /// How many megabytes the converted property values of recently read pages may take. Pages beyond it give their
    /// converted values up and convert again when next read; the packed values of every page stay in memory.
    /// Default 16 (about 250 typical articles).
    /// </summary>
    public int ConvertedValuesMegabytes { get; set; } = (int)(ClinicCms.Core.Published.ConvertedValuesBudget.DefaultBytes / (1024 * 1024));
}
