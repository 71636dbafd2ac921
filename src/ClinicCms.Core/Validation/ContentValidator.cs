using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Published;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Validation;

/// <summary>
/// Checks property values against the schema: mandatory fields, regular expressions, the limits each data type
/// configures (length, number of items, allowed block types) and, inside a Block List, every block's own values.
/// A draft may be saved with problems; it may not be published with any. Given the published media, it also
/// applies ClinicCms's alt-text rule to picked images (<see cref="ImageAltTextRule"/>).
/// </summary>
public sealed partial class ContentValidator(SchemaRegistry schema, Func<Guid, IPublishedContent?>? media = null)
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);

    public IReadOnlyList<ValidationProblem> Validate(ComposedContentType type, PropertyValues values, string? culture = null)
    {
        var problems = new List<ValidationProblem>();
        Validate(type, values, culture, prefix: string.Empty, problems);
        return problems;
    }

    private void Validate(ComposedContentType type, PropertyValues values, string? culture, string prefix, List<ValidationProblem> problems)
    {
        foreach (var property in type.Properties)
        {
            var propertyCulture = property.Type.Variations is ContentVariation.Culture or ContentVariation.CultureAndSegment ? culture : null;
            var text = values.Get(property.Alias, propertyCulture);
            var path = prefix + property.Alias;
            ValidateProperty(property, text, path, propertyCulture, problems);
        }
    }

    private void ValidateProperty(ComposedProperty property, string? text, string path, string? culture, List<ValidationProblem> problems)
    {
        var name = property.Type.Name;
        if (ValueEmptiness.IsEmpty(property.EditorAlias, text))
        {
            if (property.Type.Mandatory)
            {
                problems.Add(new(path, property.Type.MandatoryMessage ?? $"{name} is required.", culture));
            }
            else
            {
                // A minimum number of items applies to an empty list too.
                foreach (var message in MinMax(name, 0, MinimumItems(property.EditorAlias, property.DataType.ParseConfig()), null, "item"))
                {
                    problems.Add(new(path, message, culture));
                }
            }

            return;
        }

        if (property.Type.Validation is { Length: > 0 } pattern && !Matches(pattern, text!))
        {
            problems.Add(new(path, property.Type.ValidationRegExpMessage ?? $"{name} is not in the expected format.", culture));
        }

        var config = property.DataType.ParseConfig();
        foreach (var message in CheckEditor(property.EditorAlias, config, name, text!))
        {
            problems.Add(new(path, message, culture));
        }

        if (property.EditorAlias == Aliases.BlockList)
        {
            ValidateBlocks(config, text!, path, culture, problems);
        }

        if (property.EditorAlias == Aliases.MediaPicker3 && media is not null)
        {
            foreach (var picked in MediaPickerValue.Parse(text).Select(i => media(i.MediaKey)).OfType<IPublishedContent>().Where(m => !ImageAltTextRule.IsSatisfied(m)))
            {
                problems.Add(new(path, $"{name}: the image \"{picked.Name}\" has no alternative text. Add it in the Media section, or mark the image as decorative.", culture));
            }
        }
    }

    private void ValidateBlocks(JsonObject config, string text, string path, string? culture, List<ValidationProblem> problems)
    {
        var allowed = (config.Get("blocks") as JsonArray ?? []).OfType<JsonObject>()
            .Select(b => b.GetGuid("contentElementTypeKey")).OfType<Guid>().ToHashSet();
        var index = 0;
        foreach (var (block, _) in BlockListValue.Parse(text).Items())
        {
            var blockPath = $"{path}[{index++}]";
            var elementType = schema.ContentType(block.ContentTypeKey);
            if (elementType is null || (allowed.Count > 0 && !allowed.Contains(block.ContentTypeKey)))
            {
                problems.Add(new(blockPath, $"This block's type ({block.ContentTypeKey}) is not allowed here.", culture));
                continue;
            }

            Validate(schema.Compose(elementType), block.Values, culture, blockPath + ".", problems);
        }
    }

    private static IEnumerable<string> CheckEditor(string editorAlias, JsonObject config, string name, string text)
    {
        switch (editorAlias)
        {
            case Aliases.TextBox or Aliases.TextArea:
                if (config.GetInt("maxChars") is > 0 and var max && text.Length > max)
                {
                    yield return $"{name} is {text.Length} characters long; the limit is {max}.";
                }

                break;
            case Aliases.Integer:
                if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    yield return $"{name} must be a whole number.";
                }
                else if (config.GetInt("min") is { } min && number < min)
                {
                    yield return $"{name} must be at least {min}.";
                }
                else if (config.GetInt("max") is { } maxValue && maxValue > 0 && number > maxValue)
                {
                    yield return $"{name} must be at most {maxValue}.";
                }

                break;
            case Aliases.Decimal:
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                {
                    yield return $"{name} must be a number.";
                }

                break;
            case Aliases.EmailAddress:
                if (!EmailShape().IsMatch(text))
                {
                    yield return $"{name} must be an e-mail address such as name@example.org.";
                }

                break;
            case Aliases.DateTime:
                if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    yield return $"{name} must be a date.";
                }

                break;
            case Aliases.BlockList:
                foreach (var message in CountLimits(name, BlockListValue.Parse(text).Layout.Count, config.Get("validationLimit") as JsonObject, "item"))
                {
                    yield return message;
                }

                break;
            case Aliases.MediaPicker3:
                var media = MediaPickerValue.Parse(text).Count;
                if (config.GetBool("multiple") is false && media > 1)
                {
                    yield return $"{name} takes one item only.";
                }

                foreach (var message in CountLimits(name, media, config.Get("validationLimit") as JsonObject, "item"))
                {
                    yield return message;
                }

                break;
            case Aliases.MultiNodeTreePicker:
                foreach (var message in MinMax(name, UdiValue.ParseList(text).Count, config.GetInt("minNumber"), config.GetInt("maxNumber"), "item"))
                {
                    yield return message;
                }

                break;
            case Aliases.MultiUrlPicker:
                foreach (var message in MinMax(name, MultiUrlPickerValue.Parse(text).Count, config.GetInt("minNumber"), config.GetInt("maxNumber"), "link"))
                {
                    yield return message;
                }

                break;
        }
    }

    private static int? MinimumItems(string editorAlias, JsonObject config) => editorAlias switch
    {
        Aliases.BlockList or Aliases.MediaPicker3 => (config.Get("validationLimit") as JsonObject)?.GetInt("min"),
        Aliases.MultiNodeTreePicker or Aliases.MultiUrlPicker => config.GetInt("minNumber"),
        _ => null,
    };

    private static IEnumerable<string> CountLimits(string name, int count, JsonObject? limit, string noun) =>
        limit is null ? [] : MinMax(name, count, limit.GetInt("min"), limit.GetInt("max"), noun);

    private static IEnumerable<string> MinMax(string name, int count, int? min, int? max, string noun)
    {
        if (min is > 0 && count < min)
        {
            yield return $"{name} needs at least {Plural(min.Value, noun)}; it has {count}.";
        }

        if (max is > 0 && count > max)
        {
            yield return $"{name} takes at most {Plural(max.Value, noun)}; it has {count}.";
        }
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, RegexTimeout);
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();
}
