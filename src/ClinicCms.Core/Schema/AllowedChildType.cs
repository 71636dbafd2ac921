namespace ClinicCms.Core.Schema;

/// <summary>One entry of a content type's structure: a type that may be created below it.</summary>
public sealed record AllowedChildType(Guid Key, string Alias, int SortOrder);
