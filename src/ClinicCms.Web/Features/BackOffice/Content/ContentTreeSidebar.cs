namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>The Content section's sidebar: the tree, and the Recycle Bin below it.</summary>
public sealed record ContentTreeSidebar(IReadOnlyList<TreeNodeView> Roots, Guid? CurrentKey, bool CanCreate, bool InRecycleBin = false);
