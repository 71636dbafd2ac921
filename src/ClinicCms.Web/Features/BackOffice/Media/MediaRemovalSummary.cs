using ClinicCms.Web.Features.Media;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>An item about to be trashed or deleted: its name, how many items it holds, who uses them, and the tree beside the page.</summary>
public sealed record MediaRemovalSummary(string Name, int Descendants, IReadOnlyList<MediaUsage> UsedBy, MediaTreeSidebar Tree);
