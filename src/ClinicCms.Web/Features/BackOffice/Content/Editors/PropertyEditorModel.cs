using ClinicCms.Core.Schema;

namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>
/// One property as its editor partial renders it: the form field <see cref="Name"/> it posts under, the HTML
/// <see cref="Id"/>, the validation <see cref="Path"/> (<c>sections[2].heading</c>) and the stored text.
/// </summary>
public sealed record PropertyEditorModel(ComposedProperty Property, string Name, string Id, string Path, string? Value, EditorContext Context)
{
    public IReadOnlyList<string> Errors => Context.ErrorsAt(Path);

    public bool HasErrors => Errors.Count > 0;

    public string ErrorId => Id + "-error";

    public string? DescribedBy => HasErrors ? ErrorId : Property.Type.Description is { Length: > 0 } ? Id + "-description" : null;

    public System.Text.Json.Nodes.JsonObject Config => Property.DataType.ParseConfig();
}
