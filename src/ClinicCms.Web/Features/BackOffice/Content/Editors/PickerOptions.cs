using System.Text.Json.Nodes;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;

namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>
/// The documents the pickers of one form offer, and the media items its media pickers hold (media are chosen in the
/// media picker's dialog, which pages through the library itself).
/// </summary>
public sealed record PickerOptions(IReadOnlyList<PickerItem> Documents, IReadOnlyList<Web.Features.Media.MediaItem> Media)
{
    public static PickerOptions None { get; } = new([], []);

    /// <summary>The documents a picker may choose: those of the types its data type's <c>filter</c> names, or all.</summary>
    public IEnumerable<PickerItem> DocumentsFor(JsonObject config, SchemaRegistry schema)
    {
        var aliases = FilterAliases(config, schema);
        return aliases.Count == 0 ? Documents : Documents.Where(d => aliases.Contains(d.TypeAlias));
    }

    public static HashSet<string> FilterAliases(JsonObject config, SchemaRegistry schema) =>
        [.. (config.GetString("filter") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => Guid.TryParse(f, out var key) ? schema.ContentType(key)?.Alias : f)
            .OfType<string>()];
}

/// <summary>A node a picker can offer.</summary>
public sealed record PickerItem(Guid Key, string Name, string TypeAlias, string? Url = null);
