using ClinicCms.Core.Validation;
using ClinicCms.Web.Features.BackOffice.Content.Editors;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>Links from the list of problems to the exact field, including a field inside a block.</summary>
public static class ProblemAnchors
{
    /// <summary>The id of the field a validation path points at: <c>sections[1].heading</c> → the heading of the second block.</summary>
    public static string For(string path) => "problem-" + EditorContext.IdFor(path);

    public static string Describe(DocumentEditorView view, ValidationProblem problem)
    {
        var property = view.Type.Property(problem.PropertyAlias)?.Type.Name ?? problem.PropertyAlias;
        var block = problem.Path.IndexOf('[') is var open and > 0 && problem.Path.IndexOf(']') is var close and > 0
            ? $", block {int.Parse(problem.Path[(open + 1)..close], System.Globalization.CultureInfo.InvariantCulture) + 1}"
            : "";
        return problem.Path == "name" ? problem.Message : $"{property}{block}: {problem.Message}";
    }
}
