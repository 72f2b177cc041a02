namespace BharatBrief.Corpus.Writing;

/// <summary>A headed part of an article; layouts without headings run its blocks on.</summary>
public sealed record Section(string Heading, List<Block> Blocks)
{
    public int Length => Heading.Length + 1 + Blocks.Sum(block => block.Length);
}
