namespace ClinicCms.Core.Validation;

/// <summary>
/// A value that breaks a rule of the schema. <see cref="Path"/> names the exact field: the property alias, or
/// for a value inside a block <c>sections[2].heading</c> (2 = the block's position in the list, from 0).
/// </summary>
public sealed record ValidationProblem(string Path, string Message, string? Culture = null)
{
    /// <summary>The top-level property alias the problem belongs to.</summary>
    public string PropertyAlias => Path.Split('[', '.')[0];

    public override string ToString() => $"{Path}: {Message}";
}
