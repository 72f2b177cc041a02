namespace BharatBrief.Corpus.Writing;

/// <summary>The shapes the seed articles and wire copy come in.</summary>
public enum Layout
{
    /// <summary>Title line, then "NEW DELHI, 5 Oct 2018 (Reuters) -" and short paragraphs; a credit line at the end.</summary>
    Wire,

    /// <summary>Lede, a table of contents as a dash list repeated later as headings, lists, a Fact Box, analysts, a plug.</summary>
    Feature,

    /// <summary>Lede, emoji and numbered headings, dash lists split over lines, a takeaway, "Comments".</summary>
    Explainer,

    /// <summary>Paragraphs only, sometimes a headline with a subtitle and a "Moscow, Russia –" opening.</summary>
    Plain,

    /// <summary>An editor's Markdown brief with front matter.</summary>
    MarkdownBrief,
}
