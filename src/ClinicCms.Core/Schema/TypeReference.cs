namespace ClinicCms.Core.Schema;

/// <summary>A reference to another schema item by key, with the alias uSync writes beside it for readers.</summary>
public sealed record TypeReference(Guid Key, string Alias);
