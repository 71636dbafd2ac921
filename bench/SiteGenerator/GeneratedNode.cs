using ClinicCms.Core.Schema;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>One content node the generator writes: where it sits, its type and template, and its stored values.</summary>
public sealed record GeneratedNode
{
    public required Guid Key { get; init; }
    public required string Name { get; init; }
    public required string ContentTypeAlias { get; init; }
    public required Guid ParentKey { get; init; }
    public required string ParentName { get; init; }

    /// <summary>uSync's friendly path of safe aliases, e.g. <c>/Home/Articles/MyPost</c>.</summary>
    public required string Path { get; init; }

    public required int Level { get; init; }
    public required int SortOrder { get; init; }
    public required DateTime CreateDate { get; init; }
    public TypeReference? Template { get; init; }

    /// <summary>The public URL the site gives the node (Umbraco's URL segments, the root node hidden).</summary>
    public required string Url { get; init; }

    /// <summary>Stored texts by property alias; properties of the type that are missing are written empty.</summary>
    public required IReadOnlyDictionary<string, string> Values { get; init; }
}
