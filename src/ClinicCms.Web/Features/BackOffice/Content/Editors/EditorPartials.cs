using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>The partial that edits each property-editor alias; anything else is shown read-only and kept as it is.</summary>
public static class EditorPartials
{
    private const string Folder = "/Features/BackOffice/Content/Editors/";

    public static string For(string editorAlias) => Folder + editorAlias switch
    {
        Aliases.TextBox => "_TextBox",
        Aliases.TextArea => "_TextArea",
        Aliases.RichText or "Umbraco.TinyMCE" => "_RichText",
        Aliases.BlockList => "_BlockList",
        Aliases.ContentPicker or Aliases.MultiNodeTreePicker => "_ContentPicker",
        Aliases.MediaPicker3 => "_MediaPicker",
        Aliases.DateTime => "_DateTime",
        Aliases.Boolean => "_TrueFalse",
        Aliases.Tags => "_Tags",
        Aliases.Integer or Aliases.Decimal => "_Numeric",
        Aliases.EmailAddress => "_Email",
        Aliases.MultiUrlPicker => "_MultiUrlPicker",
        _ => "_ReadOnly",
    } + ".cshtml";

    /// <summary>Editors made of several fields, labelled as a group rather than by one &lt;label&gt;.</summary>
    public static bool IsGroup(string editorAlias) => editorAlias is Aliases.BlockList or Aliases.MultiUrlPicker or Aliases.MediaPicker3;

    public static bool IsEditable(string editorAlias) => !For(editorAlias).EndsWith("_ReadOnly.cshtml", StringComparison.Ordinal);
}
