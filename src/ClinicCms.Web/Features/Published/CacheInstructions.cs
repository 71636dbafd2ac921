using System.Text.Json;
using ClinicCms.Web.Data;

namespace ClinicCms.Web.Features.Published;

/// <summary>The body of a <see cref="CacheInstruction"/>: which nodes to re-read, or whether the schema changed.</summary>
public sealed record CacheInstructionBody(Guid[] Content, bool Schema = false)
{
    public static CacheInstruction Create(InstanceIdentity instance, IEnumerable<Guid> content, bool schema = false) => new()
    {
        UtcDate = DateTime.UtcNow,
        Originator = instance.Id,
        Instructions = JsonSerializer.Serialize(new CacheInstructionBody([.. content.Distinct()], schema)),
    };

    public static CacheInstructionBody Read(CacheInstruction instruction) =>
        JsonSerializer.Deserialize<CacheInstructionBody>(instruction.Instructions) ?? new CacheInstructionBody([]);
}
