using ClinicCms.Core.USync;

namespace ClinicCms.Web.Features.USync.ExportOnSave;

/// <summary>An item saved or deleted in this environment, to be written to (or marked deleted in) the uSync folder.</summary>
public readonly record struct USyncSavedItem(USyncItemType Type, Guid Key, string Alias);
