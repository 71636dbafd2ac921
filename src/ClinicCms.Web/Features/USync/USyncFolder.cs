using ClinicCms.Core.USync;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.USync;

/// <summary>Resolves the uSync version folder the site imports from and exports to.</summary>
public sealed class USyncFolder(IOptions<USyncOptions> options, IWebHostEnvironment environment)
{
    public string? VersionFolder => USyncFolderLocator.FindVersionFolder(Root);

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
