using System.Collections.Frozen;
using System.Text.Json.Nodes;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync.Writing;

namespace ClinicCms.Core.USync.Legacy;

/// <summary>
/// Umbraco 13 data types as Umbraco 14+ has them: the TinyMCE editor becomes <c>Umbraco.RichText</c>, each core
/// editor gets the UI alias Umbraco's migration gives it, and the configuration's PascalCase top-level keys become
/// camelCase (nested keys were already camelCase; null values are kept so nothing is lost).
/// </summary>
internal static class LegacyDataTypes
{
    public const string TinyMce = "Umbraco.TinyMCE";
    public const string RichText = "Umbraco.RichText";

    private static readonly FrozenDictionary<string, string> UiAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Umbraco.BlockGrid"] = "Umb.PropertyEditorUi.BlockGrid",
        ["Umbraco.BlockList"] = "Umb.PropertyEditorUi.BlockList",
        ["Umbraco.CheckBoxList"] = "Umb.PropertyEditorUi.CheckBoxList",
        ["Umbraco.ColorPicker"] = "Umb.PropertyEditorUi.ColorPicker",
        ["Umbraco.ContentPicker"] = "Umb.PropertyEditorUi.DocumentPicker",
        ["Umbraco.DateTime"] = "Umb.PropertyEditorUi.DatePicker",
        ["Umbraco.Decimal"] = "Umb.PropertyEditorUi.Decimal",
        ["Umbraco.DropDown.Flexible"] = "Umb.PropertyEditorUi.Dropdown",
        ["Umbraco.EmailAddress"] = "Umb.PropertyEditorUi.EmailAddress",
        ["Umbraco.IconPicker"] = "Umb.PropertyEditorUi.IconPicker",
        ["Umbraco.ImageCropper"] = "Umb.PropertyEditorUi.ImageCropper",
        ["Umbraco.Integer"] = "Umb.PropertyEditorUi.Integer",
        ["Umbraco.Label"] = "Umb.PropertyEditorUi.Label",
        ["Umbraco.ListView"] = "Umb.PropertyEditorUi.Collection",
        ["Umbraco.MarkdownEditor"] = "Umb.PropertyEditorUi.MarkdownEditor",
        ["Umbraco.MediaPicker3"] = "Umb.PropertyEditorUi.MediaPicker",
        ["Umbraco.MemberGroupPicker"] = "Umb.PropertyEditorUi.MemberGroupPicker",
        ["Umbraco.MemberPicker"] = "Umb.PropertyEditorUi.MemberPicker",
        ["Umbraco.MultiNodeTreePicker"] = "Umb.PropertyEditorUi.ContentPicker",
        ["Umbraco.MultipleTextstring"] = "Umb.PropertyEditorUi.MultipleTextString",
        ["Umbraco.MultiUrlPicker"] = "Umb.PropertyEditorUi.MultiUrlPicker",
        ["Umbraco.RadioButtonList"] = "Umb.PropertyEditorUi.RadioButtonList",
        [RichText] = "Umb.PropertyEditorUi.TinyMCE",
        ["Umbraco.Slider"] = "Umb.PropertyEditorUi.Slider",
        ["Umbraco.Tags"] = "Umb.PropertyEditorUi.Tags",
        ["Umbraco.TextArea"] = "Umb.PropertyEditorUi.TextArea",
        ["Umbraco.TextBox"] = "Umb.PropertyEditorUi.TextBox",
        ["Umbraco.TrueFalse"] = "Umb.PropertyEditorUi.Toggle",
        ["Umbraco.UploadField"] = "Umb.PropertyEditorUi.UploadField",
        ["Umbraco.UserPicker"] = "Umb.PropertyEditorUi.UserPicker",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a data type read from an Umbraco 13 file (it has a database type and no UI alias).</summary>
    public static bool IsLegacy(DataTypeDefinition dataType) => dataType.EditorUiAlias is null && dataType.DatabaseType is not null;

    public static string EditorAlias(string editorAlias) =>
        string.Equals(editorAlias, TinyMce, StringComparison.OrdinalIgnoreCase) ? RichText : editorAlias;

    public static DataTypeDefinition Upgrade(DataTypeDefinition dataType, IReadOnlyDictionary<string, Guid> mediaTypeKeys)
    {
        var editorAlias = EditorAlias(dataType.EditorAlias);
        return dataType with
        {
            EditorAlias = editorAlias,
            EditorUiAlias = UiAliases.GetValueOrDefault(editorAlias, string.Empty),
            DatabaseType = null,
            Config = UpgradeConfig(dataType.Config, editorAlias, mediaTypeKeys),
        };
    }

    private static string UpgradeConfig(string config, string editorAlias, IReadOnlyDictionary<string, Guid> mediaTypeKeys)
    {
        if (ValueJson.TryParse(config) is not JsonObject legacy)
        {
            return config;
        }

        var upgraded = new JsonObject();
        foreach (var (key, value) in legacy.ToList())
        {
            legacy.Remove(key);
            upgraded[key.Length > 0 ? char.ToLowerInvariant(key[0]) + key[1..] : key] = value;
        }

        // Umbraco 14 filters the media picker by media type keys instead of aliases.
        if (string.Equals(editorAlias, "Umbraco.MediaPicker3", StringComparison.OrdinalIgnoreCase)
            && upgraded["filter"] is JsonValue filter && filter.TryGetValue<string>(out var aliases) && aliases.Length > 0)
        {
            upgraded["filter"] = string.Join(',', aliases.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(a => Guid.TryParse(a, out _) ? a : mediaTypeKeys.TryGetValue(a, out var key) ? key.ToString() : a));
        }

        return USyncJson.Config(upgraded.ToJsonString());
    }
}
