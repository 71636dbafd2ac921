namespace ClinicCms.Web.Features.BackOffice;

/// <summary>The back office's authorisation policies; the content services check the finer content permissions.</summary>
public static class BackOfficePolicies
{
    /// <summary>Any signed-in back-office user.</summary>
    public const string User = "BackOffice.User";

    /// <summary>Members of Administrators: the Users and Settings sections (uSync).</summary>
    public const string Administrator = "BackOffice.Administrator";
}
