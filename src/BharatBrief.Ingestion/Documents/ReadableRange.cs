namespace BharatBrief.Ingestion.Documents;

/// <summary>A range of the readable text a <see cref="ReadableText"/> holds (markup removed, whitespace collapsed).</summary>
internal readonly record struct ReadableRange(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public ReadableRange Slice(int offset, int length) => new(Start + offset, length);
}
