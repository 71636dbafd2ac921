using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync;

/// <summary>Everything read from one uSync version folder, grouped by item type, plus the problems found.</summary>
public sealed class USyncSet
{
    public required string Folder { get; init; }

    /// <summary>The <c>version</c> attribute of <c>usync.config</c>, e.g. <c>17.0.0.0</c>.</summary>
    public string? USyncVersion { get; init; }

    public string? Format { get; init; }

    /// <summary>How many items were read in an older format (Umbraco 13/14) and converted to uSync 17's.</summary>
    public int UpgradedItems { get; set; }

    /// <summary>A hash of every schema file's path and bytes: unchanged files give the same hash.</summary>
    public required string SchemaHash { get; init; }

    /// <summary>A hash of every content, media and domain file's path and bytes.</summary>
    public required string ContentHash { get; init; }

    public List<USyncEntry<LanguageDefinition>> Languages { get; } = [];
    public List<USyncEntry<DictionaryItemDefinition>> Dictionary { get; } = [];
    public List<USyncEntry<DataTypeDefinition>> DataTypes { get; } = [];
    public List<USyncEntry<TemplateDefinition>> Templates { get; } = [];
    public List<USyncEntry<ContentTypeDefinition>> ContentTypes { get; } = [];
    public List<USyncEntry<ContentTypeDefinition>> MediaTypes { get; } = [];
    public List<USyncEntry<ContentTypeDefinition>> MemberTypes { get; } = [];
    public List<USyncEntry<ContentItem>> Media { get; } = [];
    public List<USyncEntry<ContentItem>> Content { get; } = [];
    public List<USyncEntry<ContentItem>> Blueprints { get; } = [];
    public List<USyncEntry<DomainDefinition>> Domains { get; } = [];
    public List<USyncEntry<RelationTypeDefinition>> RelationTypes { get; } = [];
    public List<USyncEmptyEntry> Empties { get; } = [];
    public List<USyncProblem> Problems { get; } = [];

    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>Document, element, media and member types together.</summary>
    public IEnumerable<USyncEntry<ContentTypeDefinition>> AllContentTypes => ContentTypes.Concat(MediaTypes).Concat(MemberTypes);

    /// <summary>The site's schema after importing this set over <paramref name="existing"/>: merged by key, deletes applied.</summary>
    public SchemaRegistry ToRegistry(SchemaRegistry existing)
    {
        // A key both deleted and live is reported by the validator; keeping the live item avoids a cascade of errors.
        var deleted = Empties.Where(m => m.Marker.Change == EmptyChange.Delete).Select(m => m.Marker.Key).ToHashSet();
        deleted.ExceptWith(DataTypes.Select(d => d.Item.Key).Concat(AllContentTypes.Select(t => t.Item.Key)).Concat(Templates.Select(t => t.Item.Key)));
        return new SchemaRegistry(
            MergeBy(existing.DataTypes, DataTypes, d => d.Key, d => "data type " + d.Key, deleted),
            MergeBy(existing.ContentTypes, AllContentTypes.ToList(), t => t.Key, t => $"{t.Kind} {t.Alias}", deleted),
            MergeBy(existing.Templates, Templates, t => t.Key, t => t.Alias, deleted),
            MergeBy(existing.Languages, Languages, l => l.Key, l => l.IsoCode, deleted));
    }

    // An incoming item replaces the site's item with its key, or (as uSync matches non-tree items) with its alias.
    private static IEnumerable<T> MergeBy<T>(IEnumerable<T> current, List<USyncEntry<T>> incoming, Func<T, Guid> key, Func<T, string> alias, HashSet<Guid> deleted)
    {
        var incomingAliases = incoming.Select(e => alias(e.Item)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var merged = current.Where(c => !incomingAliases.Contains(alias(c))).ToDictionary(key);
        foreach (var entry in incoming)
        {
            merged[key(entry.Item)] = entry.Item;
        }

        return merged.Values.Where(v => !deleted.Contains(key(v)));
    }

    /// <summary>The schema as a registry: what an import of this set would make the site's schema.</summary>
    public SchemaRegistry ToRegistry() => new(
        DataTypes.Select(d => d.Item),
        AllContentTypes.Select(t => t.Item),
        Templates.Select(t => t.Item),
        Languages.Select(l => l.Item));
}
