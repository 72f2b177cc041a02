using System.Diagnostics;
using System.Text;
using BharatBrief.Corpus;

var options = CorpusOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine($"{error}\n{CorpusOptions.Usage}");
    return 2;
}

var clock = Stopwatch.StartNew();
Directory.CreateDirectory(options.Output);
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
long bytes = 0;
var markdown = 0;
var generator = new CorpusGenerator(options.Seed);
foreach (var article in generator.Generate(options.Count))
{
    var data = utf8.GetBytes(article.Text);
    File.WriteAllBytes(Path.Combine(options.Output, article.FileName), data);
    bytes += data.Length;
    markdown += article.FileName.EndsWith(".md", StringComparison.Ordinal) ? 1 : 0;
}
if (options.Calendar is { } calendar)
{
    // Kept out of the article folder, which the ingest command reads whole.
    CalendarExport.Write(generator.World, calendar);
}
Console.WriteLine($"Wrote {options.Count} articles ({markdown} Markdown briefs, {bytes / 1024.0 / 1024.0:F1} MB, mean {bytes / options.Count / 1024.0:F1} KB) to {options.Output} in {clock.Elapsed.TotalSeconds:F1} s (seed {options.Seed}; {generator.World.Meetings.Count} meetings, {generator.World.Agreements.Count} agreements).");
return 0;
