namespace ClinicCms.Web.Features.BackOffice.Settings;

/// <summary>The Settings section's addresses, in Umbraco's <c>/umbraco/section/settings/...</c> form.</summary>
public static class SettingsUrls
{
    public const string Section = "/umbraco/section/settings";
    public const string USync = Section + "/usync";

    public static string Run(Guid id) => $"{USync}/{id}";
}
