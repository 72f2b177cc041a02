using System.Globalization;

namespace BharatBrief.Corpus;

/// <summary>The command line: <c>--count 10000 --out &lt;folder&gt; [--seed 42] [--calendar truth.json]</c>.</summary>
public sealed record CorpusOptions(int Count, string Output, int Seed, string? Calendar)
{
    public const string Usage = "usage: BharatBrief.Corpus --count <n> --out <folder> [--seed <n>] [--calendar <file.json>]";

    public static CorpusOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        int? count = null;
        string? output = null;
        string? calendar = null;
        var seed = 42;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--count" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    count = n;
                    i++;
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--out" when !string.IsNullOrWhiteSpace(value):
                    output = value;
                    i++;
                    break;
                case "--calendar" when !string.IsNullOrWhiteSpace(value):
                    calendar = value;
                    i++;
                    break;
                default:
                    error = $"unexpected or invalid argument '{args[i]}'";
                    return null;
            }
        }
        if (count is null || output is null)
        {
            error = "--count and --out are required";
            return null;
        }
        return new CorpusOptions(count.Value, output, seed, calendar);
    }
}
