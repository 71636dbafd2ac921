namespace ClinicCms.Core.USync;

/// <summary>Thrown when a set of uSync files is invalid; nothing has been applied.</summary>
public sealed class USyncImportException : Exception
{
    public USyncImportException(IReadOnlyList<USyncProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<USyncProblem> Problems { get; }

    private static string Describe(IReadOnlyList<USyncProblem> problems)
    {
        var errors = problems.Where(p => p.IsError).ToList();
        return $"uSync import refused, {errors.Count} error(s); nothing was changed:{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
