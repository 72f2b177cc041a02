using System.Buffers;

namespace BharatBrief.Data.Search.Matching;

/// <summary>Set operations on ascending arrays of distinct rowids, by merging into a pooled buffer copied once at the exact size.</summary>
internal static class SortedIds
{
    public static int[] Intersect(int[] left, int[] right) => Merge(left, right, Math.Min(left.Length, right.Length), keepLeft: false, keepRight: false, keepBoth: true);

    public static int[] Union(int[] left, int[] right) => Merge(left, right, left.Length + right.Length, keepLeft: true, keepRight: true, keepBoth: true);

    public static int[] Except(int[] left, int[] right) => Merge(left, right, left.Length, keepLeft: true, keepRight: false, keepBoth: false);

    /// <summary>Walks both arrays in order, keeping the ids found only on the left, only on the right, or on both, as asked.</summary>
    private static int[] Merge(int[] left, int[] right, int most, bool keepLeft, bool keepRight, bool keepBoth)
    {
        var buffer = ArrayPool<int>.Shared.Rent(Math.Max(most, 1));
        try
        {
            int i = 0, j = 0, count = 0;
            while ((i < left.Length || j < right.Length) && (keepRight || i < left.Length) && (keepLeft || j < right.Length))
            {
                if (j == right.Length || (i < left.Length && left[i] < right[j]))
                {
                    if (keepLeft)
                    {
                        buffer[count++] = left[i];
                    }
                    i++;
                }
                else if (i == left.Length || right[j] < left[i])
                {
                    if (keepRight)
                    {
                        buffer[count++] = right[j];
                    }
                    j++;
                }
                else
                {
                    if (keepBoth)
                    {
                        buffer[count++] = left[i];
                    }
                    i++;
                    j++;
                }
            }
            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }
}
