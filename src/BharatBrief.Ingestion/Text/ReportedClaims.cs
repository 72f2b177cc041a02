using System.Text.RegularExpressions;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Text;

/// <summary>
/// What an article repeats as someone else's claim rather than states: a quotation introduced as a caption, a claim or a
/// rumour ("shared with the caption: “Putin lands in Delhi today …”", "posts falsely claiming “…”"), and a sentence
/// labelled as the claim under check ("CLAIM: A photo shows …"). A fact-check quotes what it refutes; a reader takes none
/// of it as news. A leader's or an official's quoted words are not claims in this sense: only the words that introduce
/// the quotation decide.
/// </summary>
public sealed partial class ReportedClaims
{
    private readonly List<(int Start, int End)>?[] _claimedBySentence;

    private ReportedClaims(int sentences) => _claimedBySentence = new List<(int, int)>?[sentences];

    /// <summary>True when the character at <paramref name="offset"/> of the sentence's text is inside a repeated claim.</summary>
    public bool Covers(int sentenceIndex, int offset)
    {
        if (_claimedBySentence[sentenceIndex] is not { } ranges)
        {
            return false;
        }
        foreach (var (start, end) in ranges)
        {
            if (start <= offset && offset < end)
            {
                return true;
            }
        }
        return false;
    }

    public static ReportedClaims Read(IReadOnlyList<DocumentSentence> sentences)
    {
        var claims = new ReportedClaims(sentences.Count);
        var openClaim = false;
        var previousBlock = -1;
        foreach (var sentence in sentences)
        {
            // A quotation never runs on into the next paragraph's sentences here: an unclosed mark is a typing slip.
            if (sentence.BlockIndex != previousBlock)
            {
                openClaim = false;
                previousBlock = sentence.BlockIndex;
            }
            var text = sentence.Text;
            if (ClaimLabel().IsMatch(text))
            {
                claims.Add(sentence.Index, 0, text.Length);
                openClaim = false;
                continue;
            }
            openClaim = claims.ReadQuotations(sentence.Index, text, openClaim);
        }
        return claims;
    }

    /// <summary>Marks the sentence's claimed quotations; returns whether a claimed quotation is still open at its end.</summary>
    private bool ReadQuotations(int sentenceIndex, string text, bool openClaim)
    {
        var inQuote = openClaim;
        var claimed = openClaim;
        var quoteStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opens = c == '“' || (c == '"' && !inQuote);
            var closes = c == '”' || (c == '"' && inQuote);
            if (opens && !inQuote)
            {
                inQuote = true;
                quoteStart = i;
                claimed = IntroducesClaim(text.AsSpan(0, i));
            }
            else if (closes && inQuote)
            {
                if (claimed)
                {
                    Add(sentenceIndex, quoteStart, i + 1);
                }
                inQuote = false;
                claimed = false;
            }
        }
        if (inQuote && claimed)
        {
            Add(sentenceIndex, quoteStart, text.Length);
        }
        return inQuote && claimed;
    }

    /// <summary>
    /// The words just before the quotation introduce it. A claim named earlier, with a speaker's own verb between it and
    /// the quotation ("Dismissing claims of a rift, Modi said: “…”"), introduces the speaker's words, not the claim.
    /// </summary>
    private static bool IntroducesClaim(ReadOnlySpan<char> before)
    {
        var window = before[Math.Max(0, before.Length - IntroductionReach)..];
        var lastCueEnd = -1;
        foreach (var match in ClaimCue().EnumerateMatches(window))
        {
            lastCueEnd = match.Index + match.Length;
        }
        return lastCueEnd >= 0 && !SpeechVerb().IsMatch(window[lastCueEnd..]);
    }

    private const int IntroductionReach = 60;

    private void Add(int sentenceIndex, int start, int end) => (_claimedBySentence[sentenceIndex] ??= []).Add((start, end));

    [GeneratedRegex(@"\b(captions?|captioned|claim(s|ed|ing)?|purport(s|ed|edly)?|falsely|rumou?r(s|ed)?|hoax|viral|fake|doctored|morphed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClaimCue();

    [GeneratedRegex(@"\b(said|says|say|told|tells|added|adds|stated|states|announced|wrote|writes|declared|replied|remarked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerb();

    /// <summary>"CLAIM:", "Viral claim:", "The rumour:": a fact-check's label for what it goes on to test.</summary>
    [GeneratedRegex(@"^\W*((the|viral|false|fake)\s+)?(claim|claims|rumou?r|hoax)\s*[:–—-]\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClaimLabel();
}
