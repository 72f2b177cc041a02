using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// Weighs the article's themes from the lexicon's phrases in every sentence, counting the title, lede, headings and
/// table rows more than body text because that is where an article says what it is about, and a theme that runs
/// through many of the article's blocks more than one confined to a single block. In an opinion piece the position it
/// argues (a stance theme) weighs more.
/// </summary>
public sealed class ThemeExtractor(ThemeLexicon lexicon) : IArticleExtractor
{
    public ThemeExtractor()
        : this(ThemeLexicon.Default)
    {
    }

    /// <summary>
    /// How much one mention counts in a block of each kind. A fact box (table rows) is the editor's own summary of the
    /// story, so it counts between the headline and the lede.
    /// </summary>
    public static double BoostOf(BlockKind kind) => kind switch
    {
        BlockKind.Title => 3.0,
        BlockKind.TableRow => 2.5,
        BlockKind.Lede => 2.0,
        BlockKind.Heading => 1.5,
        _ => 1.0,
    };

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var tally = lexicon.CreateTally();
        if (OpinionPiece.Is(document.Text))
        {
            tally.ArguesAPosition();
        }
        var hasTitleBlock = false;
        foreach (var sentence in context.Sentences)
        {
            var kind = document.BlockOf(sentence).Kind;
            hasTitleBlock |= kind == BlockKind.Title;
            // A derived title repeats the lede, which already counts with its own boost.
            if (kind != BlockKind.Title || !document.TitleIsDerived)
            {
                tally.Add(sentence.Text, BoostOf(kind), sentence.BlockIndex);
            }
        }
        if (!hasTitleBlock && !document.TitleIsDerived && !string.IsNullOrWhiteSpace(document.Title))
        {
            tally.Add(document.Title, BoostOf(BlockKind.Title));
        }
        context.Themes.AddRange(tally.ToWeights());
    }
}
