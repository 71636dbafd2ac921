using ClinicCms.Core.Content;

namespace ClinicCms.Core.Published;

/// <summary>The published state of one node, as loaded from storage: the input a snapshot is built from.</summary>
public sealed record PublishedNodeData
{
    public required int Id { get; init; }
    public required Guid Key { get; init; }
    public required ContentItemKind Kind { get; init; }
    public Guid ParentKey { get; init; }
    public int Level { get; init; }
    public int SortOrder { get; init; }
    public required string ContentTypeAlias { get; init; }
    public required string Name { get; init; }
    public required string UrlSegment { get; init; }
    public DateTime CreateDate { get; init; }
    public DateTime UpdateDate { get; init; }
    public Guid? TemplateKey { get; init; }
    public PropertyValues Values { get; init; } = PropertyValues.Empty;
}
