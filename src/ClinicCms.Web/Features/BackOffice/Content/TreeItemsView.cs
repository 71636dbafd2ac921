namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>One level of the tree as <c>_TreeItems.cshtml</c> renders it.</summary>
public sealed record TreeItemsView(IReadOnlyList<TreeNodeView> Items, bool More, Guid ParentKey, Guid? CurrentKey, int Skip = 0);
