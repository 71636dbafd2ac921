using ClinicCms.Web.Features.BackOffice.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice;

/// <summary><c>/umbraco</c>: the Content section when signed in, otherwise the sign-in page (or the setup screen while no user exists).</summary>
[AllowAnonymous]
public sealed class IndexModel(BackOfficeUserService users) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect("/umbraco/section/content");
        }

        return Redirect(await users.AnyUserAsync(HttpContext.RequestAborted) ? "/umbraco/login" : "/umbraco/install");
    }
}
