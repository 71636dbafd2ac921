using ClinicCms.Web.Features.Site.Pages;
using RazorSlices;

namespace ClinicCms.Web.Features.Site;

/// <summary>
/// The base of a page template (<c>@inherits PageTemplate&lt;ArticlePage&gt;</c>): a Razor slice that prints one kind of
/// page model inside the site's layout, <c>Views/master.cshtml</c>, which prints the head, header and footer from the
/// same model.
/// </summary>
public abstract class PageTemplate<TPage> : RazorSlice<TPage>, IUsesLayout<Views.master, PageModel>
    where TPage : PageModel
{
    public PageModel LayoutModel => Model;
}
