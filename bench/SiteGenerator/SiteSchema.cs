using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>What the generator needs from the project's uSync folder: types, templates and the starter pages it hangs content under.</summary>
public sealed class SiteSchema
{
    public SiteSchema(USyncSet set)
    {
        if (set.HasErrors)
        {
            throw new InvalidOperationException("The source uSync folder has errors:\n" + string.Join('\n', set.Problems.Where(p => p.IsError)));
        }

        Registry = set.ToRegistry();
        Starter = [.. set.Content.Select(c => c.Item)];
        Home = Starter.First(c => c.ContentTypeAlias == "home");
        Specialists = Starter.First(c => c.ContentTypeAlias == "specialistList");
        Contact = Starter.FirstOrDefault(c => c.Name == "Contact");
        SectionTypeKey = Registry.ContentTypes.First(t => t.Alias == "articleSection").Key;
    }

    public SchemaRegistry Registry { get; }
    public IReadOnlyList<ContentItem> Starter { get; }
    public ContentItem Home { get; }
    public ContentItem Specialists { get; }
    public ContentItem? Contact { get; }
    public Guid SectionTypeKey { get; }

    public ComposedContentType Type(string alias) =>
        Registry.ComposeDocumentType(alias) ?? throw new InvalidOperationException($"The schema has no document type '{alias}'.");

    public TypeReference Template(string alias) =>
        Registry.Template(alias) is { } t ? new TypeReference(t.Key, t.Alias) : throw new InvalidOperationException($"The schema has no template '{alias}'.");

    /// <summary>The URL of a child of the home node (the home node itself is "/").</summary>
    public static string ChildUrl(string parentUrl, string name) => parentUrl + UrlSegments.ForName(name) + "/";

    /// <summary>uSync's friendly path: the parent's path and the node name as a safe alias.</summary>
    public static string ChildPath(string parentPath, string name) => parentPath + "/" + UrlSegments.SafeAlias(name);
}
