namespace ClinicCms.Web.Features.BackOffice.Settings;

/// <summary>What a uSync run started from the back office does. <see cref="Review"/> is the report an import shows before it asks for confirmation.</summary>
public enum USyncJobKind
{
    Report,
    Review,
    Import,
    Export,
}
