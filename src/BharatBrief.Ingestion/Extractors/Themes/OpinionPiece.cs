using System.Text.RegularExpressions;

namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// Tells an opinion piece (a column, op-ed, analysis, commentary or letters to the editor) from a news report: by a
/// label above the headline ("OPINION", "Analysis:", "Commentary | …", "LETTERS TO THE EDITOR") or by the note about
/// the writer at its foot ("The writer is a former diplomat", "Views are personal").
/// </summary>
internal static partial class OpinionPiece
{
    /// <summary>How many lines at the top may hold the label: a label, a headline, a standfirst and a byline.</summary>
    private const int LabelLines = 4;

    /// <summary>How many lines at the foot may hold the note about the writer.</summary>
    private const int NoteLines = 3;

    public static bool Is(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Take(LabelLines).Any(line => Label().IsMatch(line))
            || lines.Skip(Math.Max(0, lines.Length - NoteLines)).Any(line => WriterNote().IsMatch(line));
    }

    [GeneratedRegex(
        @"^(?:opinion|analysis|news analysis|commentary|comment|editorial|op-ed|oped|viewpoint|perspective|column|letters?(?: to the editor)?)\s*(?:$|[|:\u2013\u2014])",
        RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:\(?the (?:writer|author|columnist)s? (?:is|are|was|were)\b|views (?:expressed )?are (?:personal|the author's own))", RegexOptions.IgnoreCase)]
    private static partial Regex WriterNote();
}
