using System.Globalization;
using ClinicCms.Web.Features.BackOffice.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Login;

/// <summary>The sign-in page. Failures never say whether the e-mail exists; a locked account says for how long.</summary>
public sealed class LoginModel(BackOfficeSignIn signIn, BackOfficeUserService users) : PageModel
{
    [BindProperty]
    public LoginInput? Input { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnPath { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await users.AnyUserAsync(HttpContext.RequestAborted))
        {
            return Redirect("/umbraco/install");
        }

        return User.Identity?.IsAuthenticated == true ? Redirect(SafeReturnPath()) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input is not { Email.Length: > 0, Password.Length: > 0 })
        {
            Error = "Enter your email and password.";
            return Page();
        }

        var outcome = await signIn.PasswordSignInAsync(HttpContext, Input.Email, Input.Password);
        if (outcome.Succeeded)
        {
            return Redirect(SafeReturnPath());
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Error = outcome.LockedUntil is { } until
            ? $"Too many failed attempts: this account is locked until {until.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC. Try again then."
            : "The email or password is not right.";
        return Page();
    }

    // Only back-office paths: a crafted link must not send a user who just signed in to another site.
    private string SafeReturnPath() =>
        ReturnPath is { } path && path.StartsWith("/umbraco", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("//", StringComparison.Ordinal) && !path.Contains('\\')
            ? path
            : "/umbraco/section/content";

    public sealed record LoginInput(string Email, string Password);
}
