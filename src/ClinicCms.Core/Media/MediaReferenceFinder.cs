using System.Text.RegularExpressions;
using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using Umbraco.Cms.Core;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Media;

/// <summary>
/// Finds the media items a node's values point at: media pickers, links to media, images in rich text
/// (<c>data-udi="umb://media/…"</c>) and all of these inside blocks, at any depth. Editors it does not know are
/// searched for media UDIs in their raw text, so a reference is never missed because of an unusual editor.
/// </summary>
public static partial class MediaReferenceFinder
{
    public static IReadOnlyList<MediaReference> Find(SchemaRegistry schema, ComposedContentType type, PropertyValues values)
    {
        var found = new List<MediaReference>();
        Collect(schema, type, values, prefix: string.Empty, found, depth: 0);
        return [.. found.Distinct()];
    }

    private static void Collect(SchemaRegistry schema, ComposedContentType type, PropertyValues values, string prefix, List<MediaReference> found, int depth)
    {
        foreach (var property in type.Properties)
        {
            foreach (var value in values[property.Alias].Where(v => v.Value.Length > 0))
            {
                var path = prefix + property.Alias;
                switch (property.EditorAlias)
                {
                    case Aliases.MediaPicker3:
                        found.AddRange(MediaPickerValue.Parse(value.Value).Select(i => new MediaReference(i.MediaKey, path)));
                        break;
                    case Aliases.MultiUrlPicker:
                        found.AddRange(MultiUrlPickerValue.Parse(value.Value)
                            .Where(l => l.Udi?.EntityType == Constants.UdiEntityType.Media)
                            .Select(l => new MediaReference(l.Udi!.Guid, path)));
                        break;
                    case Aliases.BlockList when depth < 16:
                        var index = 0;
                        foreach (var (block, _) in BlockListValue.Parse(value.Value).Items())
                        {
                            if (schema.ContentType(block.ContentTypeKey) is { } elementType)
                            {
                                Collect(schema, schema.Compose(elementType), block.Values, $"{path}[{index}].", found, depth + 1);
                            }

                            index++;
                        }

                        break;
                    default:
                        // Rich text (data-udi on images and links), legacy pickers and unknown editors.
                        found.AddRange(InText(value.Value).Select(k => new MediaReference(k, path)));
                        break;
                }
            }
        }
    }

    /// <summary>The media keys of every <c>umb://media/…</c> UDI in a text.</summary>
    public static IEnumerable<Guid> InText(string text) =>
        MediaUdi().Matches(text).Select(m => Guid.ParseExact(m.Groups[1].Value, "N"));

    [GeneratedRegex("umb://media/([0-9a-fA-F]{32})")]
    private static partial Regex MediaUdi();
}
