using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClinicCms.Core.Content;
using ClinicCms.Core.USync.Compare;

namespace ClinicCms.Core.USync.Plan;

/// <summary>
/// A hash of what a node means to an import (the fields <see cref="ContentDiff"/> compares, values by meaning). The
/// import stores it; when the node's hash later differs, the node was changed in this environment since.
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
                    .Append(value.Segment?.ToLowerInvariant()).Append('=').Append(CanonicalJson.Text(value.Value)?.ToJsonString());
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
