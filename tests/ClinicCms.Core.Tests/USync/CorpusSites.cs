using ClinicCms.Core.USync;

namespace ClinicCms.Tests;

/// <summary>The sites of the uSync corpus, each with its newest version folder (as uSync itself picks it).</summary>
internal static class CorpusSites
{
    public static IReadOnlyList<string> Names => [.. Directory.GetDirectories(TestPaths.Corpus).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The sites whose newest folder was written by uSync 14 or later (the same file format as uSync 17).</summary>
    public static IReadOnlyList<string> CurrentFormat => [.. Names.Where(n =>
        int.TryParse(Path.GetFileName(NewestFolder(n)).TrimStart('v', 'V'), out var major) && major >= 14)];

    public static string NewestFolder(string site)
    {
        var root = Directory.GetDirectories(Path.Combine(TestPaths.Corpus, site), "uSync", SearchOption.AllDirectories).Single();
        return USyncFolderLocator.FindVersionFolder(root) ?? throw new InvalidOperationException($"{site} has no version folder");
    }
}
