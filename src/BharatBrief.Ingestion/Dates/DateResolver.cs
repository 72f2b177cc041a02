namespace BharatBrief.Ingestion.Dates;

/// <summary>Reads date expressions against an as-of date, to the precision both support.</summary>
public static class DateResolver
{
    /// <summary>
    /// The dates <paramref name="expression"/> stands for, read against <paramref name="asOf"/>; null when the
    /// as-of date is too coarse or missing for the expression ("on Monday" needs an as-of day).
    /// </summary>
    public static DateRange? Resolve(DateExpression expression, PartialDate? asOf, TimeOrientation orientation) => throw new NotImplementedException();

    /// <summary>True for expressions whose value depends on the as-of date (relative, yearless and weekday dates).</summary>
    public static bool DependsOnAsOf(DateExpression expression) => expression is not (AbsoluteDate or DecadeDate);
}
