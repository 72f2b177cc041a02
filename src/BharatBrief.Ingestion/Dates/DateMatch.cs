using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Dates;

/// <summary>A date phrase found in a piece of text.</summary>
/// <param name="Span">Where the phrase sits in the text that was searched.</param>
/// <param name="Text">The phrase as written ("early May 2025").</param>
/// <param name="Expression">What it means.</param>
public sealed record DateMatch(TextSpan Span, string Text, DateExpression Expression);
