namespace ClinicCms.Web.Features.USync;

/// <summary>Where a long run is: the stage (e.g. "Reading files") and, when known, how far through it.</summary>
public sealed record USyncProgress(string Stage, int Done = 0, int Total = 0);
