namespace ClinicCms.Core.USync.Plan;

/// <summary>One field that differs between the site and the files: its name and both values (null when absent).</summary>
public sealed record USyncDifference(string Field, string? Current, string? Incoming)
{
    public override string ToString() => $"{Field}: {Current ?? "(none)"} → {Incoming ?? "(none)"}";
}
