using ClinicCms.Web.Features.BackOffice.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Login;

/// <summary>Signs out (POST only, with the antiforgery token, so a link on another site cannot sign anyone out).</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/umbraco");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(BackOfficeAuthentication.Scheme);
        return Redirect("/umbraco/login");
    }
}
