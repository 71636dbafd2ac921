using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>One page of a node's children, as tree HTML: what the tree loads when a node is expanded.</summary>
public sealed class TreeChildrenModel(ContentTreeQueries tree) : PageModel
{
    public IReadOnlyList<TreeNodeView> Items { get; private set; } = [];
    public bool More { get; private set; }
    public Guid ParentKey { get; private set; }
    public int Skip { get; private set; }

    public async Task OnGetAsync(Guid parentKey, int skip = 0)
    {
        ParentKey = parentKey;
        Skip = Math.Max(0, skip);
        (Items, More) = await tree.ChildrenAsync(parentKey, Skip, HttpContext.RequestAborted);
    }
}
