using System.Globalization;
using BharatBrief.Data.Importing;

namespace BharatBrief.Cli;

/// <summary>Progress of long runs on standard error: a line every 5% (and every 500 articles), then the consolidation step.</summary>
internal sealed class ProgressPrinter(TextWriter error) : IProgress<IngestProgress>
{
    /// <summary>Runs shorter than this print no progress: their summary comes at once.</summary>
    private const int LongRun = 100;

    private int _lastStep;

    public void Report(IngestProgress value)
    {
        if (value.Total < LongRun)
        {
            return;
        }
        switch (value.Stage)
        {
            case IngestStage.Articles:
                var step = value.Processed * 20 / value.Total;
                if (step > _lastStep || value.Processed % 500 == 0)
                {
                    _lastStep = step;
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {value.Processed}/{value.Total} files ({100.0 * value.Processed / value.Total:0}%) in {value.Elapsed.TotalSeconds:0.0} s"));
                }
                break;
            case IngestStage.Consolidating:
                error.WriteLine("  merging summits and agreements…");
                break;
        }
    }
}
