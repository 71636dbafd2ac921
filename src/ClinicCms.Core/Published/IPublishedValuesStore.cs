namespace ClinicCms.Core.Published;

/// <summary>
/// Where a published snapshot reads the long texts of a node that it does not keep in memory (see
/// <see cref="ClinicCms.Core.Content.PackedPropertyValues.WithoutLongTexts"/>), as Umbraco's published cache reads
/// content from the database on demand. Versions never change once written, so the read returns what was published.
/// </summary>
public interface IPublishedValuesStore
{
    /// <summary>The node's published values in packed form, or null when its version is no longer stored.</summary>
    byte[]? ReadPacked(PublishedNodeData node);
}
