using System.Collections.Generic;
using System.Linq;

namespace ClinicCms.ModelsGenerator;

/// <summary>
/// How one property appears on a model: its CLR type and the expression that reads it. Types follow the editor
/// (and, for pickers and blocks, the data type's filter), so a template reads <c>Model.ReviewedBy?.FullName</c>.
/// </summary>
internal sealed class PropertyModel
{
    private const string Published = "global::ClinicCms.Core.Published.";

    private PropertyModel(string type, string read, bool cached)
    {
        Type = type;
        Read = read;
        Cached = cached;
    }

    /// <summary>The property's CLR type, nullable where empty means "no value".</summary>
    public string Type { get; }

    /// <summary>The expression computing the value from the stored, converted value.</summary>
    public string Read { get; }

    /// <summary>Whether the value is worth keeping in a field (lists built on read).</summary>
    public bool Cached { get; }

    public static PropertyModel For(ModelProperty property, ModelDataType? dataType, IReadOnlyDictionary<string, ModelType> typesByKey)
    {
        var alias = Names.Literal(property.Alias);
        string Value(string type) => $"{Published}PublishedValueExtensions.Value<{type}>(this, {alias})";

        switch (dataType?.EditorAlias ?? property.EditorAlias)
        {
            case "Umbraco.RichText":
            case "Umbraco.TinyMCE":
                return new PropertyModel(
                    "global::Microsoft.AspNetCore.Html.IHtmlContent?",
                    $"{Value(Published + "HtmlMarkup")} is {{ }} markup ? new global::Microsoft.AspNetCore.Html.HtmlString(markup.Markup) : null",
                    cached: true);
            case "Umbraco.BlockList":
                var elements = dataType?.BlockElementKeys.Select(k => typesByKey.TryGetValue(k, out var t) ? t : null).ToList();
                if (elements is { Count: 1 } && elements[0] is { } element)
                {
                    var itemType = $"{Published}BlockListItem<{element.ClassName}>";
                    return new PropertyModel(
                        $"global::System.Collections.Generic.IReadOnlyList<{itemType}>",
                        $"({Value(Published + "BlockListModel")} ?? {Published}BlockListModel.Empty).OfContent<{element.ClassName}>()",
                        cached: true);
                }

                return new PropertyModel(Published + "BlockListModel", $"{Value(Published + "BlockListModel")} ?? {Published}BlockListModel.Empty", cached: false);
            case "Umbraco.ContentPicker":
                return new PropertyModel(Published + "IPublishedContent?", Value(Published + "IPublishedContent"), cached: false);
            case "Umbraco.MultiNodeTreePicker":
                var picked = dataType?.Filter.Count == 1 && typesByKey.TryGetValue(dataType.Filter[0], out var target) && !target.IsElement
                    ? target.ClassName
                    : Published + "IPublishedContent";
                return dataType?.MaxNumber == 1
                    ? new PropertyModel(picked + "?", $"{Value(Published + "IPublishedContent")} as {picked}", cached: false)
                    : new PropertyModel(
                        $"global::System.Collections.Generic.IReadOnlyList<{picked}>",
                        $"global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.OfType<{picked}>({Value($"global::System.Collections.Generic.IReadOnlyList<{Published}IPublishedContent>")} ?? global::System.Array.Empty<{Published}IPublishedContent>()))",
                        cached: true);
            case "Umbraco.MediaPicker3":
                return dataType is { Multiple: true }
                    ? new PropertyModel($"global::System.Collections.Generic.IReadOnlyList<{Published}MediaWithCrops>", $"{Value($"global::System.Collections.Generic.IReadOnlyList<{Published}MediaWithCrops>")} ?? global::System.Array.Empty<{Published}MediaWithCrops>()", cached: false)
                    : new PropertyModel(Published + "MediaWithCrops?", Value(Published + "MediaWithCrops"), cached: false);
            case "Umbraco.MultiUrlPicker":
                return dataType?.MaxNumber == 1
                    ? new PropertyModel(Published + "Link?", Value(Published + "Link"), cached: false)
                    : new PropertyModel($"global::System.Collections.Generic.IReadOnlyList<{Published}Link>", $"{Value($"global::System.Collections.Generic.IReadOnlyList<{Published}Link>")} ?? global::System.Array.Empty<{Published}Link>()", cached: false);
            case "Umbraco.DateTime":
                return new PropertyModel("global::System.DateTime?", Value("global::System.DateTime?"), cached: false);
            case "Umbraco.TrueFalse":
                return new PropertyModel("bool", Value("bool"), cached: false);
            case "Umbraco.Integer":
                return new PropertyModel("int?", Value("int?"), cached: false);
            case "Umbraco.Decimal":
                return new PropertyModel("decimal?", Value("decimal?"), cached: false);
            case "Umbraco.Tags":
                return new PropertyModel("global::System.Collections.Generic.IReadOnlyList<string>", $"{Value("global::System.Collections.Generic.IReadOnlyList<string>")} ?? global::System.Array.Empty<string>()", cached: false);
            case "Umbraco.ImageCropper":
                return new PropertyModel(Published + "ImageCropperValue?", Value(Published + "ImageCropperValue"), cached: false);
            default:
                return new PropertyModel("string?", Value("string"), cached: false);
        }
    }
}
