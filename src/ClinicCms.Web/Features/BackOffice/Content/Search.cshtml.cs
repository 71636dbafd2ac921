using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>Pages whose name contains the query, as JSON for the rich text editor's link dialog (20 at most).</summary>
public sealed class SearchModel(CmsDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? q)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length < 2)
        {
            return new JsonResult(Array.Empty<object>());
        }

        var pattern = "%" + q.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant() + "%";
        var pages = await db.Nodes
            .Where(n => n.Kind == ContentItemKind.Content && !n.Trashed && EF.Functions.Like(n.Name.ToLower(), pattern))
            .OrderBy(n => n.Name).Take(20)
            .Select(n => new { n.Key, n.Name })
            .ToListAsync(HttpContext.RequestAborted);
        return new JsonResult(pages.Select(p => new { key = p.Key, name = p.Name, udi = UdiValue.Document(p.Key) }));
    }
}
