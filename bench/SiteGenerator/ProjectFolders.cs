using ClinicCms.Core.USync;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>Finds the project's own uSync folder from wherever the generator (or a benchmark) runs.</summary>
public static class ProjectFolders
{
    public static string USync()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ClinicCms.sln"))
                    && USyncFolderLocator.FindVersionFolder(Path.Combine(dir.FullName, "uSync")) is { } found)
                {
                    return found;
                }
            }
        }

        throw new DirectoryNotFoundException("No ClinicCms repository (ClinicCms.sln and uSync/) at or above the current directory; pass --source.");
    }
}
