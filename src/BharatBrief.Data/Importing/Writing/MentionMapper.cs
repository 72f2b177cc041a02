using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>Turns an article's summit, agreement and figure mentions into rows, keeping their order as their index.</summary>
internal static class MentionMapper
{
    public static List<SummitMentionRow> Summits(ParsedArticle parsed) =>
        parsed.Summits.Select((mention, index) => new SummitMentionRow
        {
            Index = index,
            Kind = mention.Kind,
            Status = mention.Status,
            DateText = mention.Date?.Text,
            DateOrientation = mention.Date?.Orientation,
            DateStart = mention.Date?.Resolved?.Start.ToString(),
            DateEnd = mention.Date?.Resolved?.End?.ToString(),
            DateDependsOnAsOf = mention.Date?.DependsOnAsOf ?? false,
            City = mention.City,
            Country = mention.Country,
            Venue = mention.Venue,
            Forum = mention.Forum,
            Ordinal = mention.Ordinal,
            Participants = [.. mention.Participants],
            ClaimsLatest = mention.ClaimsLatest,
            Evidence = [.. mention.Evidence.Select(ToStored)],
            Themes = [.. mention.Themes],
        }).ToList();

    public static List<AgreementMentionRow> Agreements(ParsedArticle parsed) =>
        parsed.Agreements.Select((mention, index) => new AgreementMentionRow
        {
            Index = index,
            Name = mention.Name,
            Aliases = [.. mention.Aliases],
            Kind = mention.Kind,
            Status = mention.Status,
            Date = mention.Date?.ToString(),
            SummitIndex = mention.SummitIndex,
            Statuses = [.. mention.Statuses.Select(claim => new StoredStatusClaim(claim.Status.ToSlug(), ToStored(claim.Evidence)))],
            Themes = [.. mention.Themes],
            Evidence = [.. mention.Evidence.Select(ToStored)],
        }).ToList();

    public static List<FigureRow> Figures(ParsedArticle parsed) =>
        parsed.Figures.Select((figure, index) => new FigureRow
        {
            Index = index,
            Kind = figure.Kind,
            What = figure.What,
            Value = figure.Value,
            Amount = figure.Amount,
            AmountHigh = figure.AmountHigh,
            Unit = figure.Unit,
            DateText = figure.Date?.Text,
            DateOrientation = figure.Date?.Orientation,
            DateStart = figure.Date?.Resolved?.Start.ToString(),
            DateEnd = figure.Date?.Resolved?.End?.ToString(),
            DateDependsOnAsOf = figure.Date?.DependsOnAsOf ?? false,
            Evidence = ToStored(figure.Evidence),
        }).ToList();

    public static StoredEvidence ToStored(Evidence evidence) => new(evidence.SentenceIndex, evidence.Span.Start, evidence.Span.Length, evidence.Quote);
}
