using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Benchmarks -- --filter '*' [--job short]
// The benchmarks read the generated site named by BENCH_GEN (bench/run.sh sets it); without it they generate a
// 2,000-node site in a temporary folder first.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
