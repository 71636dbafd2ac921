namespace ClinicCms.Core.USync;

/// <summary>A uSync file that cannot be read; the message names the file and line.</summary>
public sealed class USyncFormatException : Exception
{
    public USyncFormatException(SourceLocation location, string problem)
        : base($"{location}: {problem}")
    {
        Location = location;
        Problem = problem;
    }

    public SourceLocation Location { get; }

    public string Problem { get; }
}
