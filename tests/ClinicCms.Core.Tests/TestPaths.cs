namespace ClinicCms.Tests;

/// <summary>Finds the repository's folders from the test binary, wherever the tests run from.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ProjectUSync => Path.Combine(RepositoryRoot, "uSync", "v17");

    /// <summary>Real uSync exports from public Umbraco sites: the shared copy when present, else the one in the repository.</summary>
    public static string Corpus => Environment.GetEnvironmentVariable("CLINICCMS_USYNC_CORPUS") is { Length: > 0 } path
        ? path
        : FirstExisting(Path.Combine(RepositoryRoot, "..", "shared", "usync-corpus"), Path.Combine(RepositoryRoot, "tests", "fixtures", "usync-corpus"));

    public static string SeedArticle => FirstExisting(
        Path.Combine(RepositoryRoot, "..", "shared", "seed", "chemotherapy-article.txt"),
        Path.Combine(RepositoryRoot, "tests", "fixtures", "seed", "chemotherapy-article.txt"));

    private static string FirstExisting(params string[] paths) =>
        Path.GetFullPath(paths.FirstOrDefault(p => Directory.Exists(p) || File.Exists(p)) ?? paths[^1]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClinicCms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ClinicCms.sln not found above " + AppContext.BaseDirectory);
    }
}
