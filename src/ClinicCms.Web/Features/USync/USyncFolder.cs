using ClinicCms.Core.USync;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.USync;

/// <summary>Resolves the uSync version folder the site imports from and exports to.</summary>
public sealed class USyncFolder(IOptions<USyncOptions> options, IWebHostEnvironment environment)
{
    public string? VersionFolder => USyncFolderLocator.FindVersionFolder(Root);

    /// <summary>Where exports go: the current version folder, or <c>v17</c> in the uSync folder when there is none yet.</summary>
    public string ExportFolder => VersionFolder ?? Path.Combine(Root, "v" + USyncVersionMajor);

    /// <summary>
    /// The version folder for a <c>--folder</c> given on the command line or the back office: a uSync folder (its newest
    /// <c>vNN</c>), a version folder, or (for export) any folder, which then becomes the version folder.
    /// </summary>
    public string? Resolve(string? requested, bool forExport)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return forExport ? ExportFolder : VersionFolder;
        }

        var path = Path.GetFullPath(requested, environment.ContentRootPath);
        return USyncFolderLocator.FindVersionFolder(path) ?? (forExport ? path : null);
    }

    private const int USyncVersionMajor = 17;

    public string Root
    {
        get
        {
            if (options.Value.Folder is { Length: > 0 } configured)
            {
                return Path.GetFullPath(configured, environment.ContentRootPath);
            }

            for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "uSync");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return Path.Combine(environment.ContentRootPath, "uSync");
        }
    }
}
