namespace BharatBrief.Ingestion.Documents;

/// <summary>A row of a two-column table (a "Fact Box"), read as a key and its value.</summary>
/// <param name="BlockIndex">The table-row block.</param>
/// <param name="SentenceIndex">The sentence made of the row ("Visit Dates: December 4–5").</param>
/// <param name="Key">The first cell ("Visit Dates").</param>
/// <param name="Value">The second cell ("December 4–5").</param>
/// <param name="Caption">The line above the table when it names it ("Fact Box"), otherwise null.</param>
public sealed record KeyValueFact(int BlockIndex, int SentenceIndex, string Key, string Value, string? Caption);
