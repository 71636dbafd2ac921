namespace ClinicCms.Web.Features.BackOffice.Security;

/// <summary>How long back-office sessions last.</summary>
public sealed class BackOfficeOptions
{
    /// <summary>
    /// <c>Umbraco:CMS:Global:TimeOut</c>: a session ends after this long without a request (sliding). Default 20 minutes,
    /// as in Umbraco.
    /// </summary>
    public TimeSpan TimeOut { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// <c>ClinicCms:BackOffice:AbsoluteTimeOut</c>: a session ends this long after signing in, however active. Default 10 hours
    /// (a working day).
    /// </summary>
    public TimeSpan AbsoluteTimeOut { get; set; } = TimeSpan.FromHours(10);
}
