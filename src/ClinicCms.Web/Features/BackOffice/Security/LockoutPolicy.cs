namespace ClinicCms.Web.Features.BackOffice.Security;

/// <summary>
/// How long an account is locked after repeated failed sign-ins: nothing for the first few mistakes, then 30 seconds,
/// doubling with each further failure up to 15 minutes. Long enough to stop password guessing, short enough that a
/// member of staff who mistyped is never locked out for days.
/// </summary>
public static class LockoutPolicy
{
    public const int FreeAttempts = 4;
    public static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(15);

    /// <summary>The lockout after the given number of consecutive failures, or null when the account stays open.</summary>
    public static TimeSpan? After(int failures)
    {
        if (failures <= FreeAttempts)
        {
            return null;
        }

        var doublings = Math.Min(failures - FreeAttempts - 1, 10);
        var duration = First * Math.Pow(2, doublings);
        return duration < Longest ? duration : Longest;
    }
}
