using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>A figure read from a sentence, before its words are turned into a <see cref="FigureMention"/>.</summary>
/// <param name="Kind">Money, percentage, count or duration.</param>
/// <param name="Amount">The number in the base unit: 65000000000 for "$65 billion", 60 for "60–70%".</param>
/// <param name="AmountHigh">The high end of a range.</param>
/// <param name="Unit">"USD", "%", "years", "workers" ….</param>
/// <param name="Tokens">The tokens the figure is written with, currency and scale included.</param>
/// <param name="What">The tokens of the phrase the figure measures; empty when none was found.</param>
internal sealed record FigureCandidate(FigureKind Kind, decimal Amount, decimal? AmountHigh, string Unit, TokenRange Tokens, TokenRange What);
