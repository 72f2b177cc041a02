namespace BharatBrief.Data.Search.Matching;

/// <summary>Set operations on ascending arrays of distinct rowids, by merging.</summary>
internal static class SortedIds
{
    public static int[] Intersect(int[] left, int[] right)
    {
        var result = new List<int>(Math.Min(left.Length, right.Length));
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] < right[j])
            {
                i++;
            }
            else if (left[i] > right[j])
            {
                j++;
            }
            else
            {
                result.Add(left[i]);
                i++;
                j++;
            }
        }
        return [.. result];
    }

    public static int[] Union(int[] left, int[] right)
    {
        var result = new List<int>(left.Length + right.Length);
        int i = 0, j = 0;
        while (i < left.Length || j < right.Length)
        {
            if (j == right.Length || (i < left.Length && left[i] < right[j]))
            {
                result.Add(left[i++]);
            }
            else if (i == left.Length || right[j] < left[i])
            {
                result.Add(right[j++]);
            }
            else
            {
                result.Add(left[i]);
                i++;
                j++;
            }
        }
        return [.. result];
    }

    public static int[] Except(int[] left, int[] right)
    {
        var result = new List<int>(left.Length);
        int i = 0, j = 0;
        while (i < left.Length)
        {
            if (j == right.Length || left[i] < right[j])
            {
                result.Add(left[i++]);
            }
            else if (left[i] > right[j])
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }
        return [.. result];
    }
}
