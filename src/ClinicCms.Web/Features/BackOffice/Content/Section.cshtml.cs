using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>The Content section's dashboard, with the tree.</summary>
public sealed class SectionModel(ContentTreeQueries tree) : PageModel
{
    public IReadOnlyList<TreeNodeView> Roots { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync()
    {
        Roots = await tree.TreeAsync(null, HttpContext.RequestAborted);
        CanCreate = User.ToContentUser().Can(ContentPermissions.Create);
    }
}
