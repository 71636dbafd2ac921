using System.Security.Cryptography;
using System.Text;
using ClinicCms.Web.Data;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace ClinicCms.Web.Features.Search;

/// <summary>
/// Where the search index lives: a folder per database and machine under <see cref="Setting"/> (default
/// <c>umbraco/Data/TEMP/Search</c>, like Umbraco's Examine indexes), so a restart finds the index it left and does
/// not index every page again, and web instances sharing a database and a disk still each have their own. An empty
/// setting keeps the index in memory only.
/// </summary>
public static class SearchIndexFolder
{
    public const string Setting = "ClinicCms:Search:IndexFolder";
    public const string Default = "umbraco/Data/TEMP/Search";

    public static string? Path(IConfiguration configuration, IHostEnvironment environment)
    {
        var root = configuration[Setting] ?? Default;
        if (root.Length == 0)
        {
            return null;
        }

        var database = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName) ?? "";
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(database)))[..16];
        return System.IO.Path.Combine(System.IO.Path.GetFullPath(root, environment.ContentRootPath), $"{Environment.MachineName}-{id}");
    }

    /// <summary>The folder as a Lucene directory (plain file reads: the index pages stay in the OS cache, not in the process).</summary>
    public static Directory Open(string? path) => path is null ? new RAMDirectory() : new NIOFSDirectory(System.IO.Directory.CreateDirectory(path));
}
