using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync;

/// <summary>
/// Everything of a site that uSync files describe, as records: what an export writes and what an import plan compares
/// the files with. Content and media nodes are held as stored (paths, parent names and levels come from the tree).
/// </summary>
public sealed class USyncState
{
    public static USyncState Empty { get; } = new();

    public IReadOnlyList<LanguageDefinition> Languages { get; init; } = [];
    public IReadOnlyList<DictionaryItemDefinition> Dictionary { get; init; } = [];
    public IReadOnlyList<DataTypeDefinition> DataTypes { get; init; } = [];
    public IReadOnlyList<TemplateDefinition> Templates { get; init; } = [];

    /// <summary>Document, element, media and member types.</summary>
    public IReadOnlyList<ContentTypeDefinition> ContentTypes { get; init; } = [];

    public IReadOnlyList<DomainDefinition> Domains { get; init; } = [];
    public IReadOnlyList<RelationTypeDefinition> RelationTypes { get; init; } = [];

    /// <summary>Content and media nodes (not blueprints).</summary>
    public IReadOnlyList<ContentItem> Nodes { get; init; } = [];

    /// <summary>Nodes changed in this environment since uSync last imported them (or never imported).</summary>
    public IReadOnlySet<Guid> EditedNodes { get; init; } = new HashSet<Guid>();

    public SchemaRegistry ToRegistry() => new(DataTypes, ContentTypes, Templates, Languages);

    /// <summary>What importing the set into an empty site gives: used to export a folder without a database.</summary>
    public static USyncState From(USyncSet set) => new()
    {
        Languages = [.. set.Languages.Select(e => e.Item)],
        Dictionary = [.. set.Dictionary.Select(e => e.Item)],
        DataTypes = [.. set.DataTypes.Select(e => e.Item)],
        Templates = [.. set.Templates.Select(e => e.Item)],
        ContentTypes = [.. set.AllContentTypes.Select(e => e.Item)],
        Domains = [.. set.Domains.Select(e => e.Item)],
        RelationTypes = [.. set.RelationTypes.Select(e => e.Item)],
        Nodes = [.. set.Content.Concat(set.Media).Select(e => e.Item)],
    };
}
