using System.Globalization;

namespace BharatBrief.Data.Importing.Files;

/// <summary>Sizes as people read them in skip reasons: "too large (20.0 MB > 2 MB limit)".</summary>
internal static class ByteSizes
{
    private const double Kilobyte = 1024;
    private const double Megabyte = 1024 * 1024;

    public static string TooLarge(long bytes, long limit) => $"too large ({Format(bytes, "0.0")} > {Format(limit, "0.##")} limit)";

    private static string Format(long bytes, string digits) => bytes >= Megabyte
        ? (bytes / Megabyte).ToString(digits, CultureInfo.InvariantCulture) + " MB"
        : (bytes / Kilobyte).ToString(digits, CultureInfo.InvariantCulture) + " KB";
}
