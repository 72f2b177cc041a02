using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// A transcript's turns: a paragraph opening with its speaker's label ("PRESIDENT VLADIMIR PUTIN: …", "Prime Minister
/// Narendra Modi (in Hindi): …") gives that leader's words, and so do the paragraphs after it, until another label or
/// the narrator's bracketed note ("[Briefing after the talks …]"). In a leader's turn "I" and "we" are the speaker, and
/// "you" the other side's leader who also speaks, or else the one the article last named.
/// </summary>
internal sealed class SpeakerTurns
{
    private readonly Person?[] _speakerOf;
    private readonly Dictionary<int, int> _labelEndOf;
    private readonly Dictionary<string, Person> _speakerOfCountry = [];

    private SpeakerTurns(Person?[] speakerOf, Dictionary<int, int> labelEndOf)
    {
        _speakerOf = speakerOf;
        _labelEndOf = labelEndOf;
        foreach (var speaker in speakerOf)
        {
            if (speaker is not null)
            {
                _speakerOfCountry.TryAdd(speaker.Country, speaker);
            }
        }
    }

    public static SpeakerTurns Read(ExtractionContext context)
    {
        var speakerOf = new Person?[context.Sentences.Count];
        var labelEndOf = new Dictionary<int, int>();
        Person? speaker = null;
        var lastBlock = -1;
        foreach (var sentence in context.Sentences)
        {
            if (sentence.BlockIndex != lastBlock)
            {
                lastBlock = sentence.BlockIndex;
                if (sentence.Text.StartsWith('[') || sentence.Text.StartsWith('('))
                {
                    speaker = null;
                }
                else if (LabelEnd(context.TokensOf(sentence.Index)) is { } colon)
                {
                    speaker = LeaderNamedBefore(context, sentence.Index, colon);
                    if (speaker is not null)
                    {
                        labelEndOf[sentence.Index] = colon;
                    }
                }
            }
            speakerOf[sentence.Index] = speaker;
        }
        return new SpeakerTurns(speakerOf, labelEndOf);
    }

    public Person? SpeakerOf(int sentenceIndex) => _speakerOf[sentenceIndex];

    /// <summary>True for a token of the speaker's label, whose name says who speaks, not who meets.</summary>
    public bool IsInLabel(int sentenceIndex, int token) => _labelEndOf.TryGetValue(sentenceIndex, out var colon) && token < colon;

    /// <summary>"you": the other side's leader who speaks in the transcript, or else the one last named.</summary>
    public Person? AddresseeOf(int sentenceIndex, SummitDiscourse discourse) => SpeakerOf(sentenceIndex) switch
    {
        { Country: "India" } => _speakerOfCountry.GetValueOrDefault("Russia") ?? discourse.LastRussianLeader,
        { Country: "Russia" } => _speakerOfCountry.GetValueOrDefault("India") ?? discourse.LastIndianLeader,
        _ => null,
    };

    private const int MaxLabelTokens = 10;

    /// <summary>The colon ending a speaker's label: a few capitalized words, perhaps with a note in brackets ("(in Hindi)").</summary>
    private static int? LabelEnd(TokenizedText tokens)
    {
        var inBrackets = false;
        for (var i = 0; i < tokens.Count && i <= MaxLabelTokens; i++)
        {
            if (tokens.IsPunctuation(i, ':'))
            {
                return i > 0 ? i : null;
            }
            if (tokens.IsPunctuation(i, '('))
            {
                inBrackets = true;
            }
            else if (tokens.IsPunctuation(i, ')'))
            {
                inBrackets = false;
            }
            else if (!inBrackets && tokens[i].IsWord && !tokens.IsCapitalized(i))
            {
                return null;
            }
        }
        return null;
    }

    private static Person? LeaderNamedBefore(ExtractionContext context, int sentenceIndex, int colon)
    {
        foreach (var name in context.NamesIn(sentenceIndex))
        {
            if (name.Last < colon && name.Value is Person { IsHead: true, Country: "India" or "Russia" } person)
            {
                return person;
            }
        }
        return null;
    }
}
