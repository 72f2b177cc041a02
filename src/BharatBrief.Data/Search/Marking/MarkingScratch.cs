namespace BharatBrief.Data.Search.Marking;

/// <summary>
/// The working arrays of one <see cref="PhraseMarker"/> call, kept per thread so that marking a page of results
/// allocates only the strings it returns. Arrays grow as texts need and are then reused.
/// </summary>
internal sealed class MarkingScratch
{
    public int[] Starts = [];
    public int[] Ends = [];
    public int[] StemOffsets = [];
    public int[] StemLengths = [];
    public int[] Candidates = [];
    public int[] InstancePositions = [];
    public int[] InstancePhrases = [];
    public int[] InstanceSizes = [];
    public int[] SentenceStarts = [];

    private bool[] seen = new bool[8];

    /// <summary>Folded and stemmed candidate tokens, one after another.</summary>
    public byte[] StemBuffer { get; private set; } = new byte[256];

    public MarkingOutput Output { get; } = new();

    /// <summary>The array, replaced (contents dropped) by a larger one when it is shorter than <paramref name="minimum"/>.</summary>
    public int[] Ints(ref int[] array, int minimum)
    {
        if (array.Length < minimum)
        {
            array = new int[Math.Max(minimum, array.Length * 2)];
        }
        return array;
    }

    /// <summary>Doubles the array, keeping its first <paramref name="used"/> values.</summary>
    public int[] Grow(ref int[] array, int used)
    {
        var larger = new int[Math.Max(16, array.Length * 2)];
        Array.Copy(array, larger, used);
        array = larger;
        return larger;
    }

    /// <summary>The stem buffer, grown (contents kept) to at least <paramref name="minimum"/> bytes.</summary>
    public byte[] Bytes(int minimum)
    {
        if (StemBuffer.Length < minimum)
        {
            var larger = new byte[Math.Max(minimum, StemBuffer.Length * 2)];
            StemBuffer.CopyTo(larger, 0);
            StemBuffer = larger;
        }
        return StemBuffer;
    }

    /// <summary>One cleared flag per phrase.</summary>
    public Span<bool> Seen(int count)
    {
        if (seen.Length < count)
        {
            seen = new bool[count];
        }
        var span = seen.AsSpan(0, count);
        span.Clear();
        return span;
    }
}

/// <summary>A reusable character buffer for the marked text.</summary>
internal sealed class MarkingOutput
{
    // Past this the buffer is let go after use rather than kept for the next call.
    private const int KeptCapacity = 1 << 20;

    private char[] buffer = new char[1024];
    private int length;

    public void Append(ReadOnlySpan<char> value)
    {
        if (length + value.Length > buffer.Length)
        {
            var larger = new char[Math.Max(length + value.Length, buffer.Length * 2)];
            buffer.AsSpan(0, length).CopyTo(larger);
            buffer = larger;
        }
        value.CopyTo(buffer.AsSpan(length));
        length += value.Length;
    }

    public void Clear()
    {
        length = 0;
        if (buffer.Length > KeptCapacity)
        {
            buffer = new char[1024];
        }
    }

    public override string ToString() => new(buffer, 0, length);
}
