namespace ClinicCms.Web.Features.USync;

public enum USyncOperation
{
    Report,
    Import,
    Export,
}
