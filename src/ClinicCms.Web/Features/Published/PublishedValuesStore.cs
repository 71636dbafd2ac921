using ClinicCms.Core.Content;
using ClinicCms.Core.Published;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Published;

/// <summary>
/// Reads a published node's long texts from its version row when a page needs them: the snapshot keeps only the short
/// values of a large site's pages in memory (a 10,000-page site's article texts were about 40 MB of it, packed), and
/// the converted-values budget keeps the recently read ones. One primary-key read of a few kilobytes.
/// </summary>
/// <remarks>
/// Synchronous, because typed models read values synchronously while a view renders; the row is small and indexed.
/// </remarks>
public sealed class PublishedValuesStore(IServiceScopeFactory scopes) : IPublishedValuesStore
{
    private static readonly Func<CmsDbContext, int, StoredValues?> Read = EF.CompileQuery((CmsDbContext db, int versionId) =>
        db.Versions.Where(v => v.Id == versionId)
            .Select(v => new StoredValues(v.PackedValues, v.PackedValues == null ? v.Values : null))
            .FirstOrDefault());

    public byte[]? ReadPacked(PublishedNodeData node)
    {
        using var scope = scopes.CreateScope();
        var row = Read(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), node.VersionId);
        return row is null ? null : Packed(row.Packed, row.Json);
    }

    /// <summary>A version's packed values; rows written without the packed form (or by hand) are packed from their JSON.</summary>
    internal static byte[] Packed(byte[]? packed, string? json) => packed ?? PackedPropertyValues.Pack(json ?? string.Empty);

    private sealed record StoredValues(byte[]? Packed, string? Json);
}
