using System.Text.Json.Nodes;

namespace ClinicCms.Core.Schema;

/// <summary>
/// A configured property editor. <see cref="Config"/> keeps the JSON text as stored so that an export
/// gives back the same bytes; <see cref="ParseConfig"/> reads it.
/// </summary>
public sealed record DataTypeDefinition
{
    public required Guid Key { get; init; }

    /// <summary>The data type's name, which uSync also writes as the file's <c>Alias</c>.</summary>
    public required string Name { get; init; }

    public required string EditorAlias { get; init; }

    /// <summary>v14+ only; null in v13 files, which have <see cref="DatabaseType"/> instead.</summary>
    public string? EditorUiAlias { get; init; }

    /// <summary>v13 only.</summary>
    public string? DatabaseType { get; init; }

    /// <summary>URL-encoded container path, e.g. <c>Blocks</c>; null at the root.</summary>
    public string? Folder { get; init; }

    public int Level { get; init; } = 1;

    public string Config { get; init; } = "{}";

    public JsonObject ParseConfig() =>
        string.IsNullOrWhiteSpace(Config) ? new JsonObject() : JsonNode.Parse(Config) as JsonObject ?? new JsonObject();
}
