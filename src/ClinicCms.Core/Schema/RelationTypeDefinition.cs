namespace ClinicCms.Core.Schema;

/// <summary>
/// A relation type (e.g. Umbraco's built-in <c>umbMember</c>). ClinicCms keeps them so that an import then export
/// loses nothing; parent and child types are Umbraco object-type GUIDs, null when any type is allowed.
/// </summary>
public sealed record RelationTypeDefinition(
    Guid Key,
    string Alias,
    string Name,
    Guid? ParentType,
    Guid? ChildType,
    bool Bidirectional,
    bool IsDependency);
