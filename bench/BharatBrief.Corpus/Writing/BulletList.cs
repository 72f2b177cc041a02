namespace BharatBrief.Corpus.Writing;

/// <summary>A dash list, with the line that introduces it ("Key motivations for India’s approach:").</summary>
/// <param name="Items">Each item, often "Label: text".</param>
public sealed record BulletList(string? LeadIn, IReadOnlyList<string> Items) : Block
{
    public override int Length => (LeadIn?.Length ?? 0) + Items.Sum(item => item.Length + 4);
}
