using System.Text.RegularExpressions;

namespace ClinicCms.Core.USync;

/// <summary>Picks the one current version folder of a <c>uSync</c> root, as uSync 14+ does.</summary>
public static partial class USyncFolderLocator
{
    /// <summary>
    /// The highest <c>vNN</c> folder that is not a <c>-backup</c> and holds no <c>.ignore</c> marker; or the folder
    /// itself when it already is a version folder. Null when there is none.
    /// </summary>
    public static string? FindVersionFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        if (File.Exists(Path.Combine(folder, "usync.config")) || VersionFolder().IsMatch(Path.GetFileName(folder.TrimEnd('/', '\\'))))
        {
            return folder;
        }

        return Directory.EnumerateDirectories(folder)
            .Select(d => (Path: d, Match: VersionFolder().Match(Path.GetFileName(d))))
            .Where(d => d.Match.Success && !File.Exists(Path.Combine(d.Path, ".ignore")))
            .OrderByDescending(d => int.Parse(d.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Select(d => d.Path)
            .FirstOrDefault();
    }

    [GeneratedRegex(@"^v(\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionFolder();
}
