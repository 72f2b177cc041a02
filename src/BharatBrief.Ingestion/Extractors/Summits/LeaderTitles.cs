using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// Whether a head of state or government named in a sentence acts as one there. The title written before a name
/// says so: "External Affairs Minister Pranab Mukherjee" (before his presidency) or "former Prime Minister Manmohan
/// Singh" meets as a minister or as nobody, and such a meeting is not a summit.
/// </summary>
internal static class LeaderTitles
{
    private static readonly HashSet<string> FormerWords = new(StringComparer.OrdinalIgnoreCase) { "former", "ex", "late", "erstwhile", "then-former" };

    private static readonly HashSet<string> OtherOffices = new(StringComparer.OrdinalIgnoreCase)
    {
        "Minister", "Secretary", "Adviser", "Advisor", "Ambassador", "Envoy", "Governor", "Speaker", "Chairman", "Chairperson", "Chief", "Mayor", "Deputy",
    };

    /// <summary>How far back a title may start: "External Affairs Minister" is three words before the name.</summary>
    private const int TitleWords = 4;

    public static bool ActsAsHead(TokenizedText tokens, PhraseMatch<Named> name)
    {
        if (name.Value is not Person { IsHead: true })
        {
            return false;
        }
        for (var i = name.First - 1; i >= Math.Max(0, name.First - TitleWords); i--)
        {
            if (tokens.IsIn(i, FormerWords))
            {
                return false;
            }
            if (tokens.IsIn(i, OtherOffices))
            {
                // "Prime Minister" and "Deputy Prime Minister" differ only in the word before.
                return tokens.Is(i, "Minister") && tokens.Is(i - 1, "Prime") && !tokens.IsAny(i - 2, "Deputy", "Vice", "First");
            }
            if (!tokens.IsCapitalized(i))
            {
                return true;
            }
        }
        return true;
    }
}
