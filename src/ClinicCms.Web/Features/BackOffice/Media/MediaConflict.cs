namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>Why a save was refused because someone saved the item after it was opened, and their version's number.</summary>
public sealed record MediaConflict(string Message, int LatestVersion);
