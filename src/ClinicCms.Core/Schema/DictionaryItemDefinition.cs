namespace ClinicCms.Core.Schema;

/// <summary>A dictionary item (translatable label). <see cref="ParentKey"/> is the parent item's key text.</summary>
public sealed record DictionaryItemDefinition(
    Guid Key,
    string ItemKey,
    string? ParentKey,
    IReadOnlyList<DictionaryTranslation> Translations);

public sealed record DictionaryTranslation(string Language, string Value);
