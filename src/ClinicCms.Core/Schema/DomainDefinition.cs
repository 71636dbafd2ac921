namespace ClinicCms.Core.Schema;

/// <summary>A host name or path bound to a content root and a language; matched by name.</summary>
public sealed record DomainDefinition(
    Guid Key,
    string Name,
    bool IsWildcard,
    string Language,
    Guid RootKey,
    string? RootPath,
    int? SortOrder);
