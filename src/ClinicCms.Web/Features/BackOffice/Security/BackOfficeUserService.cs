using ClinicCms.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Security;

/// <summary>Creates and changes back-office users through ASP.NET Core Identity (its password hasher and validators).</summary>
public sealed class BackOfficeUserService(
    UserManager<BackOfficeUser> users,
    RoleManager<BackOfficeGroup> groups,
    CmsDbContext db,
    TimeProvider clock,
    ILogger<BackOfficeUserService> logger)
{
    public Task<bool> AnyUserAsync(CancellationToken cancellationToken = default) => db.Users.AnyAsync(cancellationToken);

    /// <summary>Makes sure Umbraco's three default groups exist.</summary>
    public async Task EnsureGroupsAsync()
    {
        foreach (var group in UserGroups.All)
        {
            if (!await groups.RoleExistsAsync(group.Name))
            {
                await groups.CreateAsync(new BackOfficeGroup { Name = group.Name, Description = group.Description });
            }
        }
    }

    public async Task<IdentityResult> CreateAsync(string name, string email, string password, IReadOnlyCollection<string> groupNames)
    {
        var unknown = groupNames.Where(g => UserGroups.Find(g) is null).ToList();
        if (unknown.Count > 0)
        {
            return IdentityResult.Failed(new IdentityError { Code = "UnknownGroup", Description = $"There is no user group \"{unknown[0]}\"." });
        }

        var user = new BackOfficeUser
        {
            Name = name.Trim(),
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            CreateDate = clock.GetUtcNow().UtcDateTime,
        };
        await EnsureGroupsAsync();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        var added = await users.AddToRolesAsync(user, groupNames.Select(g => UserGroups.Find(g)!.Name));

        // The context reads users without tracking; forget this instance so a later update in the same request can attach its own.
        db.ChangeTracker.Clear();
        logger.LogInformation("Back-office user {Email} created in {Groups}", user.Email, string.Join(", ", groupNames));
        return added;
    }

    /// <summary>Puts a user in exactly the given groups; their open sessions end so the new rights apply at once.</summary>
    public async Task<IdentityResult> SetGroupsAsync(BackOfficeUser user, IReadOnlyCollection<string> groupNames)
    {
        var wanted = groupNames.Select(UserGroups.Find).OfType<UserGroup>().Select(g => g.Name).ToHashSet();
        var current = (await users.GetRolesAsync(user)).ToHashSet();
        var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        if (!removed.Succeeded)
        {
            return removed;
        }

        var added = await users.AddToRolesAsync(user, wanted.Except(current));
        return added.Succeeded ? await users.UpdateSecurityStampAsync(user) : added;
    }

    public async Task<int> AdministratorCountAsync() => (await users.GetUsersInRoleAsync(UserGroups.Administrators)).Count(u => !u.IsDisabled);
}
