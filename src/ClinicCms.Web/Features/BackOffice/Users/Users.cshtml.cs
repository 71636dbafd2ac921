using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Users;

/// <summary>The Users section (Administrators only): every user with their groups and status, and "Create user".</summary>
public sealed class UsersModel(CmsDbContext db, BackOfficeUserService users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    [BindProperty]
    public NewUserInput? Input { get; set; }

    public string? Message { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input is not { Name.Length: > 0, Email.Length: > 0, Password.Length: > 0 } || Input.Groups is not { Length: > 0 })
        {
            Message = "The user was not created.";
            Errors.Add("Enter a name, an email and a password, and choose at least one user group.");
        }
        else
        {
            var result = await users.CreateAsync(Input.Name, Input.Email, Input.Password, Input.Groups);
            if (result.Succeeded)
            {
                Message = $"{Input.Name} can now log in.";
                Input = null;
            }
            else
            {
                Message = "The user was not created.";
                Errors.AddRange(result.Errors.Select(e => e.Description));
            }
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow();
        var rows = await db.Users.OrderBy(u => u.Name)
            .Select(u => new
            {
                u.Id, u.Name, u.Email, u.IsDisabled, u.LockoutEnd, u.LastLoginDate,
                Groups = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, g => g.Id, (r, g) => g.Name).ToList(),
            })
            .ToListAsync(HttpContext.RequestAborted);
        Users = [.. rows.Select(r => new UserRow(r.Id, r.Name, r.Email ?? "", r.Groups.OfType<string>().Order().ToList(),
            r.IsDisabled ? "Disabled" : r.LockoutEnd > now ? "Locked out" : r.LastLoginDate is null ? "Invited" : "Active", r.LastLoginDate))];
    }

    public sealed record NewUserInput(string Name, string Email, string Password, string[]? Groups);

    public sealed record UserRow(int Id, string Name, string Email, IReadOnlyList<string> Groups, string Status, DateTime? LastLogin);
}
