using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;

namespace BharatBrief.Benchmarks;

/// <summary>
/// What every benchmark reports: median and throughput (operations per second is articles per second where an
/// operation is one article), allocations, and a Markdown table for docs/benchmarks.md. The jobs come from the
/// classes' attributes (<see cref="QuickInProcessAttribute"/>, <see cref="SingleShotInProcessAttribute"/>).
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddLogger(ConsoleLogger.Default);
        AddExporter(MarkdownExporter.GitHub);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddColumn(StatisticColumn.Median, StatisticColumn.OperationsPerSecond);
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
    }
}
