namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>A way to read the tokens up to (not including) <paramref name="End"/> as a date phrase.</summary>
internal readonly record struct Reading(int End, DateExpression Expression)
{
    /// <summary>The longer of two readings; the first when they tie.</summary>
    public static Reading? Longer(Reading? first, Reading? second) =>
        second is { } b && (first is not { } a || b.End > a.End) ? second : first;
}
