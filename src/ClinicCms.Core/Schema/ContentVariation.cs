namespace ClinicCms.Core.Schema;

/// <summary>How a content type or property varies, spelled as Umbraco and uSync spell it.</summary>
public enum ContentVariation
{
    Nothing,
    Culture,
    Segment,
    CultureAndSegment,
}
