using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Web.Features.Content;

/// <summary>Applies <see cref="RichTextSanitizer"/> to every rich text value of a node, including inside blocks.</summary>
public sealed class ValueSanitizer(RichTextSanitizer sanitizer)
{
    public PropertyValues Sanitize(ComposedContentType type, PropertyValues values, SchemaRegistry schema)
    {
        var result = values;
        foreach (var property in type.Properties)
        {
            foreach (var value in values[property.Alias])
            {
                var clean = SanitizeValue(property.EditorAlias, value.Value, schema);
                if (!ReferenceEquals(clean, value.Value) && clean != value.Value)
                {
                    result = result.Set(property.Alias, clean, value.Culture, value.Segment);
                }
            }
        }

        return result;
    }

    private string SanitizeValue(string editorAlias, string text, SchemaRegistry schema)
    {
        if (text.Length == 0)
        {
            return text;
        }

        switch (editorAlias)
        {
            case Aliases.RichText or "Umbraco.TinyMCE":
                var markup = RichTextValue.Parse(text).Markup;
                var clean = sanitizer.Sanitize(markup);
                return clean == markup ? text : RichTextValue.ToStoredText(clean);
            case Aliases.BlockList:
                var blocks = BlockListValue.Parse(text);
                var changed = false;
                var content = blocks.ContentData.Select(b => SanitizeBlock(b, schema, ref changed)).ToList();
                var settings = blocks.SettingsData.Select(b => SanitizeBlock(b, schema, ref changed)).ToList();
                return changed ? (blocks with { ContentData = content, SettingsData = settings }).ToStoredText() : text;
            default:
                return text;
        }
    }

    private BlockItemData SanitizeBlock(BlockItemData block, SchemaRegistry schema, ref bool changed)
    {
        if (schema.ContentType(block.ContentTypeKey) is not { } type)
        {
            return block;
        }

        var clean = Sanitize(schema.Compose(type), block.Values, schema);
        if (ReferenceEquals(clean, block.Values))
        {
            return block;
        }

        changed = true;
        return block with { Values = clean };
    }
}
