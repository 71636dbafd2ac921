namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>A node as the content tree shows it; <see cref="Children"/> is null until the node is expanded.</summary>
public sealed record TreeNodeView(Guid Key, string Name, string TypeAlias, string? Icon, DocumentState State, bool HasChildren)
{
    public IReadOnlyList<TreeNodeView>? Children { get; init; }

    /// <summary>True when more children exist than <see cref="Children"/> holds.</summary>
    public bool MoreChildren { get; init; }

    public string EditUrl => BackOfficeUrls.Edit(Key);
}

/// <summary>Umbraco's document states as the tree and the workspace show them.</summary>
public enum DocumentState
{
    Draft,
    Published,
    PublishedPendingChanges,
    Trashed,
}
