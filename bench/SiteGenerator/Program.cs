using System.Diagnostics;
using ClinicCms.Bench.SiteGenerator;

// Usage: dotnet run --project bench/SiteGenerator -- --out DIR [--nodes 10000] [--seed 17] [--source uSync/v17]
//        dotnet run --project bench/SiteGenerator -- --check-format   (rewrites the project's content files, compares bytes)
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--check-format")
    {
        options["check-format"] = "true";
    }
    else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        options[args[i][2..]] = args[++i];
    }
    else
    {
        Console.Error.WriteLine($"unknown argument '{args[i]}'");
        return 2;
    }
}

var source = options.TryGetValue("source", out var s) ? Path.GetFullPath(s) : ProjectFolders.USync();
var wordBank = Path.Combine(AppContext.BaseDirectory, "wordbank.txt");

if (options.ContainsKey("check-format"))
{
    return FormatCheck.Run(source);
}

if (!options.TryGetValue("out", out var output))
{
    Console.Error.WriteLine("--out DIR is required");
    return 2;
}

var nodes = options.TryGetValue("nodes", out var n) && int.TryParse(n, out var parsedNodes) && parsedNodes > 0 ? parsedNodes : 10_000;
var seed = options.TryGetValue("seed", out var sd) && int.TryParse(sd, out var parsedSeed) ? parsedSeed : 17;

var clock = Stopwatch.StartNew();
var summary = new SiteGenerator(source, wordBank).Generate(Path.GetFullPath(output), nodes, seed);
Console.WriteLine($"generated {summary.Nodes} nodes ({summary.Lists} lists, {summary.Specialists} specialists, {summary.Articles} articles), " +
    $"{summary.FilesWritten} files, {summary.BytesWritten / 1_048_576.0:F1} MB in {clock.Elapsed.TotalSeconds:F1} s; seed {seed}");
return 0;
