namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>A folder as the media tree shows it; <see cref="Children"/> is null until it is expanded.</summary>
public sealed record MediaFolderNode(Guid Key, string Name, bool HasChildren)
{
    public IReadOnlyList<MediaFolderNode>? Children { get; init; }

    /// <summary>True when more child folders exist than <see cref="Children"/> holds.</summary>
    public bool MoreChildren { get; init; }
}
