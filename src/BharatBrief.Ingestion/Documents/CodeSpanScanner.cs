namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Finds the backtick run that closes a code span. A run length once found missing stays missing for the rest of
/// the line, so hostile lines of unmatched backticks cost linear time.
/// </summary>
internal sealed class CodeSpanScanner(string source, int end)
{
    private const int MaxRun = 31;

    private int _missingRuns;

    /// <summary>The index of the run of exactly <paramref name="length"/> backticks closing a span whose content starts at <paramref name="from"/>, or -1.</summary>
    public int Close(int from, int stop, int length)
    {
        if (length > MaxRun || (_missingRuns & (1 << length)) != 0)
        {
            return -1;
        }
        var close = Find(from, stop, length);
        if (close < 0 && stop == end)
        {
            _missingRuns |= 1 << length;
        }
        return close;
    }

    private int Find(int from, int stop, int length)
    {
        while (from < stop)
        {
            var offset = source.AsSpan(from, stop - from).IndexOf('`');
            if (offset < 0)
            {
                return -1;
            }
            var at = from + offset;
            var run = 1;
            while (at + run < stop && source[at + run] == '`')
            {
                run++;
            }
            if (run == length)
            {
                return at;
            }
            from = at + run;
        }
        return -1;
    }
}
