namespace ClinicCms.Core.USync.Export;

/// <summary>One file already in a uSync folder: who it belongs to, so an export can name and clean around it.</summary>
public sealed record USyncIndexedFile(string Path, Guid Key, string Alias, string MatchString, EmptyChange? Empty, int? Level = null);
