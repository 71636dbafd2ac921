using BenchmarkDotNet.Running;

namespace ClinicCms.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Benchmarks -- --filter '*' [--job short]</c>. The benchmarks read the
/// generated site named by <c>BENCH_GEN</c> (bench/run.sh sets it); without it they generate a 2,000-node site in a
/// temporary folder first. Not a top-level program: the site's own <c>Program</c> is referenced (RenderArticle).
/// </summary>
public static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
