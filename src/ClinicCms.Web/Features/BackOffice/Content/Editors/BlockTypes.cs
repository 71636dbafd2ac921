using System.Text.Json.Nodes;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;

namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>An element type a Block List allows, with the label template its data type gives it.</summary>
public sealed record BlockType(Guid Key, string Name, string? Icon, string? Label, ComposedContentType Composed);

public static class BlockTypes
{
    public static IReadOnlyList<BlockType> Allowed(JsonObject config, SchemaRegistry schema) =>
        [.. (config.Get("blocks") as JsonArray ?? []).OfType<JsonObject>()
            .Select(b => (Type: b.GetGuid("contentElementTypeKey") is { } key ? schema.ContentType(key) : null, Label: b.GetString("label")))
            .Where(b => b.Type is not null)
            .Select(b => new BlockType(b.Type!.Key, b.Type.Name, b.Type.Icon, b.Label, schema.Compose(b.Type)))];
}
