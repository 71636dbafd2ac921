using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClinicCms.Core.Content;

namespace ClinicCms.Core.USync.Plan;

/// <summary>
/// A hash of a node's fields that <see cref="ContentDiff"/> compares, over the values as stored. The import stores it;
/// when the node's hash later differs, the node was changed in this environment since (a save that only respelled a
/// value counts as a change, which errs on the side of protecting it).
/// </summary>
public static class ContentFingerprint
{
    public static string Of(ContentItem item)
    {
        var text = new StringBuilder()
            .Append(item.Kind).Append('|').Append(item.Name).Append('|').Append(item.ParentKey).Append('|')
            .Append(item.SortOrder ?? 0).Append('|').Append(item.ContentTypeAlias.ToLowerInvariant()).Append('|')
            .Append(item.Trashed).Append('|').Append(item.CreateDate.Ticks).Append('|')
            .Append(item.Template?.Key).Append('|').Append(item.Published).Append('|');
        foreach (var name in item.CultureNames.OrderBy(n => n.Culture, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(name.Culture.ToLowerInvariant()).Append('=').Append(name.Value).Append(';');
        }

        text.Append('|');
        foreach (var published in item.PublishedCultures.OrderBy(p => p.Culture, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(published.Culture.ToLowerInvariant()).Append('=').Append(published.Published).Append(';');
        }

        text.Append('|');
        foreach (var entry in item.Schedule.OrderBy(s => s.Action).ThenBy(s => s.Culture, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(entry.Action).Append(entry.Culture.ToLowerInvariant()).Append(entry.Date.ToString("s", CultureInfo.InvariantCulture)).Append(';');
        }

        foreach (var (alias, values) in item.Properties.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var value in values.Where(v => v.Value.Length > 0).OrderBy(v => v.Culture, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Segment, StringComparer.OrdinalIgnoreCase))
            {
                text.Append('|').Append(alias.ToLowerInvariant()).Append('/').Append(value.Culture?.ToLowerInvariant()).Append('/')
                    .Append(value.Segment?.ToLowerInvariant()).Append('=').Append(value.Value.Length).Append(':').Append(value.Value);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
