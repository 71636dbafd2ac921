namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>How a folder lists its items: Umbraco's Grid (thumbnails) and List (a table with the details) views.</summary>
public enum MediaCollectionLayout
{
    Grid,
    List,
}
