namespace ClinicCms.Core.USync;

public enum USyncProblemSeverity
{
    Warning,
    Error,
}

/// <summary>Something wrong with a uSync file, named by file and line so a developer can go straight to it.</summary>
public sealed record USyncProblem(USyncProblemSeverity Severity, SourceLocation Location, string Message)
{
    public static USyncProblem Error(SourceLocation location, string message) => new(USyncProblemSeverity.Error, location, message);

    public static USyncProblem Warning(SourceLocation location, string message) => new(USyncProblemSeverity.Warning, location, message);

    public bool IsError => Severity == USyncProblemSeverity.Error;

    public override string ToString() => $"{Location}: {(IsError ? "error" : "warning")}: {Message}";
}
