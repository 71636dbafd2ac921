using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Users;

/// <summary>One user: their groups, a new password, unlock, disable or enable. The last administrator cannot be demoted or disabled.</summary>
public sealed class EditUserModel(UserManager<BackOfficeUser> userManager, BackOfficeUserService users, TimeProvider clock, ILogger<EditUserModel> logger) : PageModel
{
    public string UserName { get; private set; } = "";
    public IReadOnlyList<string> Groups { get; private set; } = [];
    public string Status { get; private set; } = "";
    public bool Disabled { get; private set; }
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostGroupsAsync(int id, string[] groups)
    {
        if (await LoadAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (Groups.Contains(UserGroups.Administrators) && !groups.Contains(UserGroups.Administrators) && await users.AdministratorCountAsync() <= 1)
        {
            return await DoneAsync(id, IdentityResult.Failed(new IdentityError { Description = "This is the last administrator: give someone else Administrators first." }), "");
        }

        var result = groups.Length == 0
            ? IdentityResult.Failed(new IdentityError { Description = "Choose at least one user group." })
            : await users.SetGroupsAsync(user, groups);
        return await DoneAsync(id, result, "User groups saved. The user's open sessions have ended so the change applies at once.");
    }

    public async Task<IActionResult> OnPostPasswordAsync(int id, string password)
    {
        if (await LoadAsync(id) is not { } user)
        {
            return NotFound();
        }

        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        return await DoneAsync(id, await userManager.ResetPasswordAsync(user, token, password ?? ""), "Password changed.");
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, string change)
    {
        if (await LoadAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (change == "disable" && Groups.Contains(UserGroups.Administrators) && await users.AdministratorCountAsync() <= 1)
        {
            return await DoneAsync(id, IdentityResult.Failed(new IdentityError { Description = "This is the last administrator and cannot be disabled." }), "");
        }

        switch (change)
        {
            case "unlock":
                user.LockoutEnd = null;
                user.AccessFailedCount = 0;
                break;
            case "disable" or "enable":
                user.IsDisabled = change == "disable";
                break;
        }

        var result = await userManager.UpdateAsync(user);
        if (result.Succeeded && change == "disable")
        {
            result = await userManager.UpdateSecurityStampAsync(user);
        }

        logger.LogInformation("Back-office user {Email}: {Change} by {Admin}", user.Email, change, User.Identity?.Name);
        return await DoneAsync(id, result, change switch { "unlock" => "Unlocked.", "disable" => "Disabled: they can no longer log in.", _ => "Enabled." });
    }

    private async Task<IActionResult> DoneAsync(int id, IdentityResult result, string success)
    {
        await LoadAsync(id);
        (Message, Failed) = result.Succeeded ? (success, false) : (string.Join(" ", result.Errors.Select(e => e.Description)), true);
        if (Failed)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    private async Task<BackOfficeUser?> LoadAsync(int id)
    {
        var user = await userManager.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return null;
        }

        UserName = user.Name;
        Groups = [.. await userManager.GetRolesAsync(user)];
        Disabled = user.IsDisabled;
        Status = user.IsDisabled ? "Disabled" : user.LockoutEnd > clock.GetUtcNow() ? "Locked out" : "Active";
        return user;
    }
}
