namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// The wire-style opening of a story ("Moscow, Russia –", "NEW DELHI, Dec 4 (Reuters) -"),
/// kept apart from the first sentence so that it reads as place and date, not as prose.
/// </summary>
/// <param name="Span">Where the dateline sits in <see cref="ArticleDocument.Text"/>.</param>
/// <param name="Text">The dateline without its closing dash ("Moscow, Russia").</param>
public sealed record Dateline(TextSpan Span, string Text);
