using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Entities;

/// <summary>A numeric claim of one article (a stored <see cref="FigureMention"/>).</summary>
public sealed class FigureRow
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>Position among the article's figures.</summary>
    public int Index { get; set; }

    public FigureKind Kind { get; set; }

    /// <summary>What the number measures, in the article's words.</summary>
    public required string What { get; set; }

    /// <summary>The number normalised for comparison ("65 billion USD").</summary>
    public required string Value { get; set; }

    public decimal Amount { get; set; }

    public decimal? AmountHigh { get; set; }

    public required string Unit { get; set; }

    public string? DateText { get; set; }

    public TimeOrientation? DateOrientation { get; set; }

    public string? DateStart { get; set; }

    public string? DateEnd { get; set; }

    public bool DateDependsOnAsOf { get; set; }

    public required StoredEvidence Evidence { get; set; }

    public Article? Article { get; set; }
}
