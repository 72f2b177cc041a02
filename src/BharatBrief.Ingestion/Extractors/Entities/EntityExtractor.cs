using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Entities;

/// <summary>
/// Finds the gazetteer's people, places, venues, organisations and forums in every sentence. An office named without
/// its holder ("the Russian President") is read as the person who held it in the article's year.
/// </summary>
public sealed class EntityExtractor : IArticleExtractor
{
    public void Extract(ExtractionContext context)
    {
        var year = context.AsOf.Value?.Year;
        foreach (var sentence in context.Sentences)
        {
            var tokens = context.TokensOf(sentence.Index);
            var names = context.Gazetteer.Names.FindAll(tokens);
            // "Russian President Dmitry Medvedev": the name says who holds the office; the title adds no one.
            RemoveTitlesBeforeNames(names);
            names.RemoveAll(name => IsRomanNumeralBeforeAName(tokens, name));
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i].Value is RoleTitle title && title.HolderIn(year) is { } holder)
                {
                    names[i] = names[i] with { Value = holder };
                }
            }
            context.SetNames(sentence.Index, names);
            foreach (var name in names)
            {
                if (KindOf(name.Value) is { } kind)
                {
                    context.AddEntity(new EntityMention(kind, name.Value.Name, sentence.Index, SpanIn(context.Document, sentence, tokens, name)));
                }
            }
        }
    }

    /// <summary>"the XI BRICS Summit", "the XVI SCO summit": a numeral in capitals before a name numbers it; it is no Xi.</summary>
    private static bool IsRomanNumeralBeforeAName(TokenizedText tokens, PhraseMatch<Named> name)
    {
        if (name.Value is not Person || name.First != name.Last || name.Last + 1 >= tokens.Count)
        {
            return false;
        }
        var word = tokens.SpanOf(name.First);
        foreach (var letter in word)
        {
            if (letter is not ('I' or 'V' or 'X' or 'L'))
            {
                return false;
            }
        }
        return tokens.IsCapitalized(name.Last + 1);
    }

    private static void RemoveTitlesBeforeNames(List<PhraseMatch<Named>> names)
    {
        // Only titles are removed, so every person the check looks for stays in the list while it is compacted.
        var kept = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (!(name.Value is RoleTitle && HasPersonAt(names, name.Last + 1)))
            {
                names[kept++] = name;
            }
        }
        names.RemoveRange(kept, names.Count - kept);
    }

    private static bool HasPersonAt(List<PhraseMatch<Named>> names, int first)
    {
        foreach (var name in names)
        {
            if (name.First == first && name.Value is Person)
            {
                return true;
            }
        }
        return false;
    }

    private static EntityKind? KindOf(Named named) => named switch
    {
        Person => EntityKind.Person,
        Country or City => EntityKind.Place,
        Venue => EntityKind.Venue,
        Organization => EntityKind.Organization,
        Forum => EntityKind.Forum,
        _ => null,
    };

    /// <summary>
    /// Where the name sits in the article text. The sentence text is the source slice with whitespace collapsed and
    /// markup removed, so the words are looked for in the slice rather than assumed at the same offset.
    /// </summary>
    private static TextSpan SpanIn(ArticleDocument document, DocumentSentence sentence, TokenizedText tokens, PhraseMatch<Named> name)
    {
        var surface = tokens.Text.AsSpan(tokens[name.First].Start, tokens[name.Last].End - tokens[name.First].Start);
        var offsetInSentence = tokens[name.First].Start;
        var slice = document.Text.AsSpan(sentence.Span.Start, sentence.Span.Length);
        if (slice.Length == sentence.Text.Length && slice.Slice(offsetInSentence, surface.Length).SequenceEqual(surface))
        {
            return new TextSpan(sentence.Span.Start + offsetInSentence, surface.Length);
        }
        var found = slice.IndexOf(surface, StringComparison.Ordinal);
        return found >= 0 ? new TextSpan(sentence.Span.Start + found, surface.Length) : sentence.Span;
    }
}
