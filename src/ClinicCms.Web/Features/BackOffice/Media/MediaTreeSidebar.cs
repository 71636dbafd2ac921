namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>The Media section's sidebar: the folders, and the Recycle Bin below them.</summary>
public sealed record MediaTreeSidebar(IReadOnlyList<MediaFolderNode> Roots, Guid? CurrentKey, bool InRecycleBin = false);
