namespace ClinicCms.Core.USync;

/// <summary>Where an item or a problem came from: a file relative to the uSync folder, and a 1-based line (0 = unknown).</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => Line > 0 ? $"{File}({Line})" : File;
}
