namespace ClinicCms.Web.Features.BackOffice.Security;

/// <summary>
/// Umbraco's unattended install keys (<c>Umbraco:CMS:Unattended</c>): when <see cref="InstallUnattended"/> is true and
/// no back-office user exists, the first administrator is created from them at start-up.
/// </summary>
public sealed class UnattendedOptions
{
    public const string Section = "Umbraco:CMS:Unattended";

    public bool InstallUnattended { get; set; }
    public string? UnattendedUserName { get; set; }
    public string? UnattendedUserEmail { get; set; }
    public string? UnattendedUserPassword { get; set; }

    public bool IsComplete =>
        InstallUnattended
        && !string.IsNullOrWhiteSpace(UnattendedUserName)
        && !string.IsNullOrWhiteSpace(UnattendedUserEmail)
        && !string.IsNullOrWhiteSpace(UnattendedUserPassword);
}
