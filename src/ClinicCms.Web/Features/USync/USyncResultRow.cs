namespace ClinicCms.Web.Features.USync;

/// <summary>One row of the results table the command line and the back office show.</summary>
public sealed record USyncResultRow(string Change, string ItemType, string Name, string File, string Details);
