using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// Answers whether an article writes a word as a name: capitalised after a lower-case word in body prose
/// ("… with Russia"), where only names carry a capital. Looked up only for the few words that need it.
/// </summary>
internal sealed class ArticleNames(ExtractionContext context)
{
    private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);

    public bool IsName(string word)
    {
        if (!_known.TryGetValue(word, out var isName))
        {
            isName = FindMidSentence(word);
            _known[word] = isName;
        }
        return isName;
    }

    private bool FindMidSentence(string word)
    {
        foreach (var sentence in context.Sentences)
        {
            if (context.Document.BlockOf(sentence).Kind is BlockKind.Title or BlockKind.Heading or BlockKind.TableRow)
            {
                continue;
            }
            var text = sentence.Text;
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                var wholeWord = end == text.Length || !char.IsLetter(text[end]);
                if (wholeWord && at >= 2 && text[at - 1] == ' ' && (char.IsLower(text[at - 2]) || text[at - 2] == ','))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
