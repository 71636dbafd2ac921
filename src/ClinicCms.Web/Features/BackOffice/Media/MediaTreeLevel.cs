namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>One level of the media tree as <c>_TreeItems.cshtml</c> renders it.</summary>
public sealed record MediaTreeLevel(IReadOnlyList<MediaFolderNode> Items, bool More, Guid ParentKey, Guid? CurrentKey, int Skip = 0);