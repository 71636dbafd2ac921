using System.Security.Claims;
using ClinicCms.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace ClinicCms.Web.Features.BackOffice.Security;

/// <summary>
/// Signs back-office users in and out: checks the password with Identity's hasher, locks the account for a growing
/// time after repeated failures (<see cref="LockoutPolicy"/>), logs each failure and lockout, and issues the cookie.
/// </summary>
public sealed class BackOfficeSignIn(
    UserManager<BackOfficeUser> users,
    TimeProvider clock,
    ILogger<BackOfficeSignIn> logger)
{
    public const string SignedInAtClaim = "cliniccms:signed_in_at";

    public async Task<SignInOutcome> PasswordSignInAsync(HttpContext context, string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        var now = clock.GetUtcNow();
        if (user is null)
        {
            logger.LogWarning("Back-office sign-in failed: no user with the e-mail {Email}", email);
            return SignInOutcome.Failed;
        }

        if (user.IsDisabled)
        {
            logger.LogWarning("Back-office sign-in refused: {Email} is disabled", user.Email);
            return SignInOutcome.Failed;
        }

        if (user.LockoutEnd is { } lockedUntil && lockedUntil > now)
        {
            logger.LogWarning("Back-office sign-in refused: {Email} is locked out until {Until:u}", user.Email, lockedUntil);
            return SignInOutcome.Locked(lockedUntil);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            user.AccessFailedCount++;
            var lockout = LockoutPolicy.After(user.AccessFailedCount);
            user.LockoutEnd = lockout is { } duration ? now + duration : null;
            await users.UpdateAsync(user);
            if (user.LockoutEnd is { } until)
            {
                logger.LogWarning("Back-office user {Email} locked out for {Seconds} s after {Failures} failed sign-ins",
                    user.Email, (int)lockout!.Value.TotalSeconds, user.AccessFailedCount);
                return SignInOutcome.Locked(until);
            }

            logger.LogWarning("Back-office sign-in failed for {Email}: wrong password ({Failures} in a row)", user.Email, user.AccessFailedCount);
            return SignInOutcome.Failed;
        }

        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        user.LastLoginDate = now.UtcDateTime;
        await users.UpdateAsync(user);
        await context.SignInAsync(BackOfficeAuthentication.Scheme, await PrincipalAsync(user), new AuthenticationProperties { IsPersistent = false });
        logger.LogInformation("Back-office user {Email} signed in", user.Email);
        return SignInOutcome.Success;
    }

    public async Task<ClaimsPrincipal> PrincipalAsync(BackOfficeUser user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Email, user.Email ?? string.Empty),
            new(BackOfficeAuthentication.SecurityStampClaim, user.SecurityStamp ?? string.Empty),
            new(SignedInAtClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, BackOfficeAuthentication.Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}

/// <summary>The result of a sign-in attempt; <see cref="LockedUntil"/> is set when the account is locked.</summary>
public sealed record SignInOutcome(bool Succeeded, DateTimeOffset? LockedUntil)
{
    public static SignInOutcome Success { get; } = new(true, null);
    public static SignInOutcome Failed { get; } = new(false, null);

    public static SignInOutcome Locked(DateTimeOffset until) => new(false, until);
}
