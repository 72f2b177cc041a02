namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>One calendar date as written ("4 December 2025", "July", "2021"), ending before token <paramref name="End"/>.</summary>
/// <param name="Needs">The context a bare month name needs to count as a date.</param>
internal readonly record struct CalendarAtom(int End, CalendarParts Parts, MonthLicence Needs = MonthLicence.None);
