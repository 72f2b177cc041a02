using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>
/// A table of outcomes ("| # | Document | Parties | Status |"): every row names one agreement in its document column,
/// whatever words it uses ("Free 30-day e-tourist visa for Russian nationals"), and takes its status from the status
/// column ("Signed", "Announced").
/// </summary>
internal static class OutcomeTables
{
    private static readonly string[] DocumentHeaders = ["document", "agreement", "outcome", "mou", "instrument", "title", "pact", "deal"];

    private static readonly string[] StatusHeaders = ["status", "stage"];

    /// <summary>The tokens of the row's document cell and the status its status cell gives, or null for any other sentence.</summary>
    public static (int First, int Last, AgreementStatus? Status)? Read(ArticleDocument document, DocumentSentence sentence, TokenizedText tokens, AgreementLexicon lexicon)
    {
        var block = document.BlockOf(sentence);
        if (block.Kind != BlockKind.TableRow)
        {
            return null;
        }
        var firstRow = block.Index;
        while (firstRow > 0 && document.Blocks[firstRow - 1].Kind == BlockKind.TableRow)
        {
            firstRow--;
        }
        // The header is no block of its own: it is the line above the separator above the first row.
        if (HeaderCells(document.Text, document.Blocks[firstRow].Span.Start) is not { } headers)
        {
            return null;
        }
        var documentColumn = headers.FindIndex(cell => DocumentHeaders.Any(word => cell.Contains(word, StringComparison.OrdinalIgnoreCase)));
        if (documentColumn < 0)
        {
            return null;
        }
        var statusColumn = headers.FindIndex(cell => StatusHeaders.Any(word => cell.Contains(word, StringComparison.OrdinalIgnoreCase)));
        // Cells are read from the source line: a cell may itself hold a semicolon ("FSSAI; Rospotrebnadzor").
        var cells = SplitRow(document.Text.Substring(block.Span.Start, block.Span.Length));
        if (documentColumn >= cells.Count)
        {
            return null;
        }
        AgreementStatus? status = null;
        if (statusColumn >= 0 && statusColumn < cells.Count)
        {
            var statusTokens = Tokenizer.Tokenize(cells[statusColumn]);
            status = lexicon.CuesAfter.FindAll(statusTokens) is [var after, ..] ? after.Value
                : lexicon.CuesBefore.FindAll(statusTokens) is [var before, ..] ? before.Value
                : null;
        }
        var cellText = cells[documentColumn].Replace("**", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);
        var start = sentence.Text.IndexOf(cellText, StringComparison.Ordinal);
        if (cellText.Length == 0 || start < 0)
        {
            return null;
        }
        int first = -1, last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= start && tokens[i].End <= start + cellText.Length)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : (first, last, status);
    }

    private static List<string>? HeaderCells(string text, int rowStart)
    {
        var rowLine = rowStart == 0 ? 0 : text.LastIndexOf('\n', rowStart - 1) + 1;
        if (rowLine < 2)
        {
            return null;
        }
        var separatorLine = text.LastIndexOf('\n', rowLine - 2) + 1;
        var separator = text.AsSpan(separatorLine, rowLine - 1 - separatorLine);
        if (!separator.Contains('-') || separator.ContainsAnyExcept("|-: \t") || separatorLine < 2)
        {
            return null;
        }
        var headerLine = text.LastIndexOf('\n', separatorLine - 2) + 1;
        var cells = SplitRow(text[headerLine..(separatorLine - 1)]);
        return cells.Count >= 2 ? cells : null;
    }

    private static List<string> SplitRow(string line)
    {
        var cells = line.Split('|').Select(cell => cell.Trim()).ToList();
        if (cells.Count > 0 && cells[0].Length == 0)
        {
            cells.RemoveAt(0);
        }
        if (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }
        return cells;
    }
}
