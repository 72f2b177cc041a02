namespace BharatBrief.Corpus.Writing;

/// <summary>A "Fact Box" pipe table of topics and details.</summary>
public sealed record FactBox(IReadOnlyList<(string Topic, string Details)> Rows) : Block
{
    public override int Length => 40 + Rows.Sum(row => row.Topic.Length + row.Details.Length + 8);
}
