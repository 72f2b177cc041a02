using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BharatBrief.Benchmarks;

/// <summary>
/// A ShortRun-sized job (3 warm-up and 5 measured iterations, one launch) in this process: BenchmarkDotNet 0.14
/// cannot build a separate net10.0 process, and a full default run would take an hour rather than minutes.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class QuickInProcessAttribute : JobConfigBaseAttribute
{
    public QuickInProcessAttribute()
        : base(Job.ShortRun.WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance).WithId("QuickInProcess"))
    {
    }
}
