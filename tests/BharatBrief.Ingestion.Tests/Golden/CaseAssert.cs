using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using Xunit.Sdk;

namespace BharatBrief.Ingestion.Tests.Golden;

internal static class CaseAssert
{
    public static void HasSummit(ExpectedSummit expected, IReadOnlyList<MergedSummit> summits)
    {
        var matches = summits.Where(summit => Fits(expected, summit)).ToList();
        if (matches.Count != 1)
        {
            throw new XunitException(
                $"Expected exactly one summit like {expected}, found {matches.Count}. Summits:\n" +
                string.Join("\n", summits.Select(Describe)));
        }
    }

    public static void HasAgreement(ExpectedAgreement expected, IReadOnlyList<MergedAgreement> agreements)
    {
        var match = agreements.SingleOrDefault(agreement =>
            agreement.Name.Contains(expected.Match, StringComparison.OrdinalIgnoreCase)
            || agreement.Aliases.Any(alias => alias.Contains(expected.Match, StringComparison.OrdinalIgnoreCase)))
            ?? throw new XunitException($"No single {expected.Describe}. Agreements:\n" + string.Join("\n", agreements.Select(Describe)));
        Assert.Equal(expected.Status, match.Status.ToSlug());
        if (expected.Kind is not null)
        {
            Assert.Equal(expected.Kind, match.Kind.ToSlug());
        }
        if (expected.Date is not null)
        {
            Assert.Equal(expected.Date, match.Date?.ToString());
        }
    }

    private static bool Fits(ExpectedSummit expected, MergedSummit summit) =>
        expected.Kind == summit.Kind.ToSlug()
        && expected.Status == summit.Status.ToSlug()
        && (expected.Start is null || expected.Start == summit.Start?.ToString())
        && (expected.End is null || expected.End == summit.End?.ToString())
        && (expected.City is null || expected.City == summit.City)
        && (expected.Country is null || expected.Country == summit.Country)
        && (expected.Venue is null || expected.Venue == summit.Venue)
        && (expected.Forum is null || expected.Forum == summit.Forum)
        && (expected.Ordinal is null || expected.Ordinal == summit.Ordinal)
        && (expected.Participants is null || expected.Participants.All(summit.Participants.Contains));

    private static string Describe(MergedSummit summit) =>
        $"  {summit.Kind.ToSlug()} {summit.Status.ToSlug()} {summit.Start}..{summit.End} {summit.City}/{summit.Country}/{summit.Venue} forum={summit.Forum} ordinal={summit.Ordinal} [{string.Join(", ", summit.Participants)}]";

    private static string Describe(MergedAgreement agreement) =>
        $"  {agreement.Name} [{string.Join(", ", agreement.Aliases)}] {agreement.Kind.ToSlug()} {agreement.Status.ToSlug()} {agreement.Date}";
}
