using System.Text.RegularExpressions;
using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Core.Validation;

namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>
/// What every editor partial of one form shares: the schema, the validation problems to show at their fields and the
/// items the pickers offer (loaded once per page, not per property).
/// </summary>
public sealed partial class EditorContext(SchemaRegistry schema, IReadOnlyList<ValidationProblem> problems, PickerOptions pickers)
{
    public const string Prefix = "v.";

    public SchemaRegistry Schema { get; } = schema;
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
    public PickerOptions Pickers { get; } = pickers;

    public IReadOnlyList<string> ErrorsAt(string path) => [.. Problems.Where(p => p.Path == path).Select(p => p.Message)];

    /// <summary>How many problems lie inside a block (or anywhere below a path).</summary>
    public int ProblemsUnder(string path) => Problems.Count(p => p.Path.StartsWith(path + ".", StringComparison.Ordinal) || p.Path.StartsWith(path + "[", StringComparison.Ordinal));

    public PropertyEditorModel Top(ComposedProperty property, PropertyValues values) =>
        Model(property, Prefix + property.Alias, property.Alias, values);

    public PropertyEditorModel InBlock(PropertyEditorModel list, Guid blockKey, int index, ComposedProperty property, PropertyValues values) =>
        Model(property, BlockPrefix(list.Name, blockKey) + property.Alias, $"{list.Path}[{index}].{property.Alias}", values);

    public static string BlockPrefix(string listName, Guid blockKey) => $"{listName}.{blockKey}.";

    public static string IdFor(string name) => "f-" + NotIdCharacters().Replace(name, "-");

    private PropertyEditorModel Model(ComposedProperty property, string name, string path, PropertyValues values) =>
        new(property, name, IdFor(name), path, values.Get(property.Alias, CultureOf(property)), this);

    public string? CultureOf(ComposedProperty property) =>
        property.Type.Variations is ContentVariation.Culture or ContentVariation.CultureAndSegment ? Schema.DefaultLanguage?.IsoCode : null;

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex NotIdCharacters();
}
