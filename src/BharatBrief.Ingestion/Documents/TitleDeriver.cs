using System.Collections.Frozen;
using System.Text;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Makes a title from the lede's first sentence when the article has none: the main clause, cut where a
/// subordinate, participial or reporting clause begins (", with …", ", underscoring …", " — …", "; …",
/// ", Lavrov confirmed …") when at least five words remain, else the first words up to a limit with "…".
/// </summary>
internal static class TitleDeriver
{
    private const int MinWords = 5;
    private const int MaxClauseWords = 24;
    private const int TruncatedWords = 16;
    private const int MaxReportingClauseWords = 12;

    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(
        StringComparer.Ordinal,
        "with", "underscoring", "highlighting", "signalling", "signaling", "marking", "amid", "amidst", "as", "while",
        "which", "who", "where", "whereas", "despite", "following", "according", "saying", "adding", "citing",
        "even", "although", "though", "prompting", "raising", "sparking", "reflecting", "noting");

    private static readonly FrozenSet<string> ReportingVerbs = FrozenSet.Create(
        StringComparer.Ordinal,
        "said", "says", "confirmed", "confirms", "announced", "announces", "told", "stated", "states", "added", "noted",
        "reported", "reports", "claimed", "revealed", "declared", "asserted", "acknowledged", "informed", "tweeted", "wrote");

    public static string Derive(string sentence)
    {
        var words = Words(sentence);
        if (words.Count == 0)
        {
            return string.Empty;
        }
        var cut = ClauseCut(words);
        if (cut >= MinWords && cut <= MaxClauseWords)
        {
            return Join(words, cut, ellipsis: false);
        }
        return words.Count <= TruncatedWords ? Join(words, words.Count, ellipsis: false) : Join(words, TruncatedWords, ellipsis: true);
    }

    /// <summary>How many words precede the first clause boundary that leaves at least five, or 0.</summary>
    private static int ClauseCut(List<string> words)
    {
        for (var i = MinWords; i < words.Count; i++)
        {
            var previous = words[i - 1];
            var word = words[i];
            if (previous.EndsWith(';') || word is "—" or "–" || previous.EndsWith('—'))
            {
                return i;
            }
            if (!previous.EndsWith(','))
            {
                continue;
            }
            if (ClauseOpeners.Contains(word) || IsReportingClause(words, i))
            {
                return i;
            }
        }
        return 0;
    }

    /// <summary>A closing clause such as "Russian Foreign Minister Sergey Lavrov confirmed on Thursday".</summary>
    private static bool IsReportingClause(List<string> words, int start)
    {
        if (words.Count - start > MaxReportingClauseWords)
        {
            return false;
        }
        for (var i = start; i < words.Count; i++)
        {
            if (i > start && words[i - 1].EndsWith(','))
            {
                return false;
            }
            if (ReportingVerbs.Contains(words[i].TrimEnd('.', ',', ';')))
            {
                return true;
            }
        }
        return false;
    }

    private static List<string> Words(string sentence)
    {
        // An em dash glued to its neighbours ("July—continuing") still opens a clause.
        var spaced = sentence.Replace("—", " — ", StringComparison.Ordinal);
        return [.. spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string Join(List<string> words, int count, bool ellipsis)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "" : " ").Append(words[i]);
        }
        var title = builder.ToString().TrimEnd(' ', ',', ';', ':', '—', '–', '-', '.', '।');
        return ellipsis ? title + "…" : title;
    }
}
