using System.Collections.Frozen;

namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>The words date phrases are made of, looked up without regard to case; the tokenizer applies the case rules.</summary>
internal static class Vocabulary
{
    /// <summary>No word in the table is longer, so longer words skip the lookup.</summary>
    public const int LongestWord = 13;

    private static readonly FrozenDictionary<string, (Lexeme Lexeme, int Value)> Words = Build();

    private static readonly FrozenDictionary<string, (Lexeme Lexeme, int Value)>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Which (length, first letter, last letter) shapes occur in the table: most words fail this check and skip the lookup.</summary>
    private static readonly bool[] Shapes = BuildShapes();

    public static (Lexeme Lexeme, int Value) Find(ReadOnlySpan<char> word) =>
        ShapeIndex(word) is var shape and >= 0 && Shapes[shape] && BySpan.TryGetValue(word, out var entry) ? entry : (Lexeme.None, 0);

    private static int ShapeIndex(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > LongestWord)
        {
            return -1;
        }
        var first = (word[0] | 0x20) - 'a';
        var last = (word[^1] | 0x20) - 'a';
        return first is >= 0 and < 26 && last is >= 0 and < 26 ? (word.Length * 26 + first) * 26 + last : -1;
    }

    private static bool[] BuildShapes()
    {
        var shapes = new bool[(LongestWord + 1) * 26 * 26];
        foreach (var word in Words.Keys)
        {
            shapes[ShapeIndex(word)] = true;
        }
        return shapes;
    }

    private static FrozenDictionary<string, (Lexeme, int)> Build()
    {
        var words = new Dictionary<string, (Lexeme, int)>(StringComparer.OrdinalIgnoreCase);
        void Add(Lexeme lexeme, int value, params string[] forms)
        {
            foreach (var form in forms)
            {
                words[form] = (lexeme, value);
            }
        }

        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < months.Length; i++)
        {
            Add(Lexeme.Month, i + 1, months[i]);
        }
        string[][] abbreviations = [["jan"], ["feb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["oct"], ["nov"], ["dec"]];
        for (var i = 0; i < abbreviations.Length; i++)
        {
            Add(Lexeme.MonthAbbreviation, i + 1, abbreviations[i]);
        }
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            Add(Lexeme.Weekday, (int)day, day.ToString());
        }
        (DayOfWeek Day, string[] Forms)[] weekdayAbbreviations =
        [
            (DayOfWeek.Monday, ["mon"]), (DayOfWeek.Tuesday, ["tue", "tues"]), (DayOfWeek.Wednesday, ["wed"]),
            (DayOfWeek.Thursday, ["thu", "thur", "thurs"]), (DayOfWeek.Friday, ["fri"]), (DayOfWeek.Saturday, ["sat"]), (DayOfWeek.Sunday, ["sun"]),
        ];
        foreach (var (day, forms) in weekdayAbbreviations)
        {
            Add(Lexeme.WeekdayAbbreviation, (int)day, forms);
        }
        string[] counts = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        for (var i = 0; i < counts.Length; i++)
        {
            Add(Lexeme.Count, i + 1, counts[i]);
        }
        string[] teens = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        for (var i = 0; i < teens.Length; i++)
        {
            Add(Lexeme.Count, i + 13, teens[i]);
        }
        Add(Lexeme.Count, 30, "thirty");
        Add(Lexeme.Count, 40, "forty");
        Add(Lexeme.Count, 50, "fifty");
        Add(Lexeme.Count, 60, "sixty");
        Add(Lexeme.Count, 70, "seventy");
        Add(Lexeme.Count, 80, "eighty");
        Add(Lexeme.Count, 90, "ninety");
        Add(Lexeme.Count, 1, "a", "an");

        Add(Lexeme.Anchor, 0, "this");
        Add(Lexeme.Anchor, -1, "last");
        Add(Lexeme.Anchor, 1, "next");
        Add(Lexeme.Previous, -1, "previous");
        Add(Lexeme.Previous, 0, "current");
        Add(Lexeme.YearPart, 3, "quarter");
        Add(Lexeme.YearPart, 6, "half");
        Add(Lexeme.DayPart, 0, "morning", "afternoon", "evening", "night");
        Add(Lexeme.Fortnight, (int)TimeUnit.Week, "fortnight", "fortnights");
        Add(Lexeme.Unit, (int)TimeUnit.Year, "year");
        Add(Lexeme.Unit, (int)TimeUnit.Month, "month");
        Add(Lexeme.Unit, (int)TimeUnit.Week, "week");
        Add(Lexeme.Unit, (int)TimeUnit.Day, "day");
        Add(Lexeme.Units, (int)TimeUnit.Year, "years");
        Add(Lexeme.Units, (int)TimeUnit.Month, "months");
        Add(Lexeme.Units, (int)TimeUnit.Week, "weeks");
        Add(Lexeme.Units, (int)TimeUnit.Day, "days");
        Add(Lexeme.Ago, 0, "ago");
        Add(Lexeme.Decades, 0, "decade", "decades");
        Add(Lexeme.DayWord, 0, "today", "tonight");
        Add(Lexeme.DayWord, -1, "yesterday");
        Add(Lexeme.DayWord, 1, "tomorrow");

        Add(Lexeme.Qualifier, (int)DateQualifier.Early, "early");
        Add(Lexeme.Qualifier, (int)DateQualifier.Mid, "mid");
        Add(Lexeme.Qualifier, (int)DateQualifier.Late, "late");
        Add(Lexeme.Vague, -1, "earlier");
        Add(Lexeme.Vague, 1, "later");
        Add(Lexeme.Part, (int)DateQualifier.Early, "beginning", "start");
        Add(Lexeme.Part, (int)DateQualifier.Mid, "middle");
        Add(Lexeme.Part, (int)DateQualifier.Late, "end");

        Add(Lexeme.The, 0, "the");
        Add(Lexeme.Of, 0, "of");
        Add(Lexeme.Lead, 0, "in", "on");
        Add(Lexeme.Between, 0, "between");
        Add(Lexeme.From, 0, "from");
        Add(Lexeme.To, 0, "to");
        Add(Lexeme.And, 0, "and");
        Add(Lexeme.Until, 0, "until", "till");
        Add(Lexeme.Through, 0, "through", "thru");
        Add(Lexeme.Licensor, 0, "during", "around", "throughout");
        Add(Lexeme.Licensor, Licence.Since, "since");
        Add(Lexeme.Licensor, Licence.By, "by");
        Add(Lexeme.Licensor, Licence.Before, "before");
        Add(Lexeme.Licensor, Licence.After, "after");
        string[] ordinals =
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ];
        for (var i = 0; i < ordinals.Length; i++)
        {
            Add(Lexeme.Ordinal, i + 1, ordinals[i]);
        }
        Add(Lexeme.Ordinal, 30, "thirtieth");
        Add(Lexeme.Hence, 0, "hence");
        Add(Lexeme.Within, 0, "within");
        Add(Lexeme.Weekend, 0, "weekend");
        Add(Lexeme.Facing, 1, "coming");
        Add(Lexeme.Facing, -1, "past");
        Add(Lexeme.Holiday, 0, "easter", "good", "palm", "holy", "ash", "black", "cyber", "super", "maundy", "bloody", "shrove", "whit", "clean");
        Add(Lexeme.Now, 0, "now");
        Add(Lexeme.Season, 3, "spring");
        Add(Lexeme.Season, 6, "summer");
        Add(Lexeme.Season, 9, "autumn", "fall");
        Add(Lexeme.Season, 12, "winter");
        Add(Lexeme.Anaphor, 0, "that", "same", "following");
        Add(Lexeme.Onwards, 0, "onwards", "onward");

        Add(Lexeme.Quantity, 0,
            "hundred", "thousand", "million", "billion", "trillion", "crore", "crores", "lakh", "lakhs", "percent", "per",
            "km", "kilometres", "kilometers", "miles", "kg", "tonnes", "tons", "barrels", "bpd", "mw", "gw",
            "people", "troops", "soldiers", "workers", "units", "jobs", "hours", "hrs", "ist", "gmt", "utc", "msk");
        Add(Lexeme.Currency, 0, "rs", "inr", "usd", "eur", "gbp", "rub", "cny");
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
