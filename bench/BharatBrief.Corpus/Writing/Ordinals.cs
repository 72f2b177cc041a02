using System.Globalization;

namespace BharatBrief.Corpus.Writing;

/// <summary>"22nd", and now and then "twenty-second", as reporters write summit numbers.</summary>
public static class Ordinals
{
    private static readonly string[] Words =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    public static string Numeric(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    public static string Any(int n, Random random) => n < Words.Length && random.Next(4) == 0 ? Words[n] : Numeric(n);
}
