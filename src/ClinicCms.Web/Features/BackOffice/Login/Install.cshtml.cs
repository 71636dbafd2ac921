using ClinicCms.Web.Features.BackOffice.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Login;

/// <summary>
/// The one-time setup screen: shown only while no back-office user exists and the unattended install keys are not
/// set; it creates an administrator and signs them in. Once any user exists it answers 404.
/// </summary>
public sealed class InstallModel(BackOfficeUserService users, BackOfficeSignIn signIn) : PageModel
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    [BindProperty]
    public InstallInput? Input { get; set; }

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync() => await users.AnyUserAsync(HttpContext.RequestAborted) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input is not { Name.Length: > 0, Email.Length: > 0, Password.Length: > 0 })
        {
            Errors.Add("Enter a name, an email and a password.");
            return Page();
        }

        // Two people submitting at once must not both become the first administrator.
        await Gate.WaitAsync(HttpContext.RequestAborted);
        try
        {
            if (await users.AnyUserAsync(HttpContext.RequestAborted))
            {
                return NotFound();
            }

            var result = await users.CreateAsync(Input.Name, Input.Email, Input.Password, [UserGroups.Administrators]);
            if (!result.Succeeded)
            {
                Errors.AddRange(result.Errors.Select(e => e.Description));
                return Page();
            }
        }
        finally
        {
            Gate.Release();
        }

        await signIn.PasswordSignInAsync(HttpContext, Input.Email, Input.Password);
        return Redirect("/umbraco/section/content");
    }

    public sealed record InstallInput(string Name, string Email, string Password);
}
