using System.Runtime.InteropServices;
using System.Text;
using ClinicCms.Core.Content;
using ClinicCms.Core.Published;

namespace ClinicCms.Web.Features.Search;

/// <summary>
/// A short text that changes whenever any published page's data changes: what the search index on disk was built
/// from. It combines one hash per node with XOR, so a publish updates it from the changed nodes alone, and it
/// includes the build of the app (a new build may index differently). Not cryptographic: it only tells whether an
/// index written by this site is current.
/// </summary>
public readonly record struct SnapshotSignature(ulong Hash, int Count)
{
    private static readonly string Build = typeof(SnapshotSignature).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static SnapshotSignature Of(PublishedSnapshot snapshot)
    {
        var hash = 0UL;
        foreach (var content in snapshot.AllContent)
        {
            hash ^= NodeHash(snapshot.Data(content.Key));
        }

        return new(hash, snapshot.Count);
    }

    /// <summary>The signature after <paramref name="changed"/> nodes went from their data in <paramref name="before"/> to <paramref name="after"/>.</summary>
    public SnapshotSignature Update(PublishedSnapshot before, PublishedSnapshot after, IEnumerable<Guid> changed)
    {
        var hash = Hash;
        foreach (var key in changed)
        {
            hash ^= (before.Content(key) is null ? 0 : NodeHash(before.Data(key))) ^ (after.Content(key) is null ? 0 : NodeHash(after.Data(key)));
        }

        return new(hash, after.Count);
    }

    public override string ToString() => $"{Build}-{Count}-{Hash:x16}";

    private static ulong NodeHash(PublishedNodeData? node)
    {
        if (node is null)
        {
            return 0;
        }

        var text = $"{node.Key:N}|{node.ParentKey:N}|{node.SortOrder}|{node.ContentTypeAlias}|{node.TemplateKey:N}|{node.Name}|{node.UrlSegment}|{node.UpdateDate.Ticks}";
        var hash = Mix(0x9E3779B97F4A7C15UL, Encoding.UTF8.GetBytes(text));
        return node.PackedValues is { } packed ? Mix(hash, packed) : Mix(hash, Encoding.UTF8.GetBytes(PropertyValuesJson.Serialize(node.Values)));
    }

    // Eight bytes a step (a 10,000-page site's packed values hash in milliseconds), then the tail byte by byte.
    private static ulong Mix(ulong hash, ReadOnlySpan<byte> bytes)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words)
        {
            hash = (hash ^ word) * 0x100000001B3UL;
            hash ^= hash >> 29;
        }

        foreach (var b in bytes[(words.Length * 8)..])
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        return (hash ^ (ulong)bytes.Length) * 0xBF58476D1CE4E5B9UL;
    }
}
