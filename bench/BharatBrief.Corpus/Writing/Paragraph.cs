namespace BharatBrief.Corpus.Writing;

public sealed record Paragraph(string Text) : Block
{
    public override int Length => Text.Length + 2;
}
