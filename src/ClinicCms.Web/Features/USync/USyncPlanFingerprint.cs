using System.Security.Cryptography;
using System.Text;
using ClinicCms.Core.USync;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// A hash of what a report showed: the exact bytes of the files read (the set's hashes), the request's set and force,
/// and every row. The back office keeps it with the report a user confirms; an import that plans anything else
/// (a file or the site changed in between) applies nothing, so what was confirmed is what is imported.
/// </summary>
public static class USyncPlanFingerprint
{
    public static string Of(USyncSet set, USyncRunRequest request, IReadOnlyList<USyncResultRow> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));

        Add(request.Scope.ToString());
        Add(request.Force ? "force" : "");
        foreach (var (key, value) in USyncService.Hashes(set, request.Scope).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            Add(key);
            Add(value);
        }

        foreach (var row in rows)
        {
            Add(row.Change);
            Add(row.ItemType);
            Add(row.Name);
            Add(row.File);
            Add(row.Details);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
