namespace ClinicCms.Core.Schema;

/// <summary>A language; uSync matches languages by ISO code, its Key is synthetic.</summary>
public sealed record LanguageDefinition(
    Guid Key,
    string IsoCode,
    string Name,
    bool IsMandatory,
    bool IsDefault,
    string? Fallback);
