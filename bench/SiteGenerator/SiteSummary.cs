using System.Text.Json;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>What was generated; written to <c>site.json</c> beside the uSync folder for the harness and the README.</summary>
public sealed record SiteSummary(int Seed, int Nodes, int Lists, int Specialists, int Articles, int FilesWritten, long BytesWritten, string ReferenceArticle)
{
    public static JsonSerializerOptions JsonOptions { get; } = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
