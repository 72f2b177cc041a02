using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Tests.Dates;

/// <summary>
/// "The next day", "two days later", "the day before", "the following week": counted from the date the same sentence
/// names before them, and no date at all where it names none.
/// </summary>
public sealed class SentenceAnchorTests
{
    private const TimeOrientation P = TimeOrientation.Past;
    private const TimeOrientation U = TimeOrientation.Unknown;

    /// <summary>Tuesday, 12 February 2013.</summary>
    private const string T = "2013-02-12";

    [Theory]
    [InlineData("Modi arrived in Moscow on 8 July and met Putin the next day.", T, P, "2012-07-08|2012-07-09")]
    [InlineData("The talks opened on 4 December 2025; the agreement was signed two days later.", null, U, "2025-12-04|2025-12-06")]
    [InlineData("He landed on Monday and left a day later.", T, P, "2013-02-11|2013-02-12")]
    [InlineData("The treaty was signed on 9 August 1971; the envoys had met the previous day.", null, U, "1971-08-09|1971-08-08")]
    [InlineData("The treaty was signed on 9 August 1971, and the envoys met the day before.", null, U, "1971-08-09|1971-08-08")]
    [InlineData("Putin visited in 2014 and Modi returned the visit a year later.", null, U, "2014|2015")]
    [InlineData("The deal was agreed in March 2014 and signed three months later.", null, U, "2014-03|2014-06")]
    [InlineData("The ministers met on 4 March 2013 and the leaders the following week.", null, U, "2013-03-04|2013-03")]
    [InlineData("The ministers met on 4 March 2013 and the leaders the following month.", null, U, "2013-03-04|2013-04")]
    [InlineData("The summit ended on Dec. 5, 2025 and the communique came out a week later.", null, U, "2025-12-05|2025-12-12")]
    [InlineData("The envoy arrived on 3 June 2019, two days earlier than planned.", null, U, "2019-06-03|2019-06-01")]
    [InlineData("The pact was signed on Monday, the following day it was ratified.", "2025-11-20", P, "2025-11-17|2025-11-18")]
    [InlineData("The contract was signed in January 2004, and the ship joined the navy almost ten years later.", null, U, "2004-01")]
    [InlineData("The second call came ten days later, on the Monday after the summit.", "2025-08-22", P, "2025-08-18")]
    // A week later than a year is no day; a day later than a month is none either.
    [InlineData("They met in 2014 and again a week later.", null, U, "2014|")]
    [InlineData("They met in March 2014 and again the next day.", null, U, "2014-03|")]
    // The anchor must be in the same sentence; without one the phrase is no match at all.
    [InlineData("He came on 8 July. He left the next day.", T, P, "2012-07-08")]
    [InlineData("Talks began on 8 July! Two days later they ended.", T, P, "2012-07-08")]
    [InlineData("and the summit was held the day before, on the 25th.", "2007-01-30", P, "2007-01-25")]
    [InlineData("The next day the leaders signed; the following week they left.", T, P, "")]
    // "the day before" a thing named after it is counted from that thing, not from the date before.
    [InlineData("Modi reached Kazan on 22 October, the day before the summit opened.", T, P, "2012-10-22")]
    public void Counts_from_the_date_the_sentence_named(string sentence, string? asOf, TimeOrientation orientation, string expected)
    {
        var reference = asOf is null ? (PartialDate?)null : PartialDate.Parse(asOf);

        var read = DateGrammar.FindAll(sentence).Select(match => DateResolver.Resolve(match.Expression, reference, orientation)?.ToString() ?? "");

        Assert.Equal(expected, string.Join('|', read));
    }
}
