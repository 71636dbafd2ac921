namespace ClinicCms.Core.Schema;

/// <summary>A template: its Razor view lives in <c>Views/{Alias}.cshtml</c>; <see cref="Contents"/> only when exported.</summary>
public sealed record TemplateDefinition(
    Guid Key,
    string Alias,
    string Name,
    string? ParentAlias,
    int Level,
    string? Contents = null);
