namespace ClinicCms.Core.Schema;

/// <summary>Per document type version clean-up; null day counts mean "use the global setting".</summary>
public sealed record HistoryCleanupSettings(
    bool PreventCleanup,
    int? KeepAllVersionsNewerThanDays,
    int? KeepLatestVersionPerDayForDays);
