using BenchmarkDotNet.Running;
using BharatBrief.Benchmarks;

// `--filter '*'` runs everything; `--list flat` names the benchmarks.
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, new BenchmarkConfig());
