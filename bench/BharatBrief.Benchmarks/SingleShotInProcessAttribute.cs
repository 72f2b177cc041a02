using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BharatBrief.Benchmarks;

/// <summary>
/// For operations that take seconds (consolidating 10,000 articles): one invocation per iteration, one warm-up,
/// three measured, in this process — pilot stages and unrolling would only multiply the wait. The in-process
/// toolchain gives up on a benchmark after five minutes by default; these may need longer.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SingleShotInProcessAttribute : JobConfigBaseAttribute
{
    public SingleShotInProcessAttribute()
        : base(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("SingleShotInProcess"))
    {
    }
}
