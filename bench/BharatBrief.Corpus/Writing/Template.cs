using System.Text;

namespace BharatBrief.Corpus.Writing;

/// <summary>
/// Expands phrasebook templates: <c>{a|b|c}</c> picks one alternative (alternatives nest, an empty one makes the
/// rest optional), <c>[slot]</c> inserts a value of the article, <c>[^slot]</c> the same with a capital first letter.
/// Choices draw on the article's own random source, so one seed always gives the same text.
/// </summary>
public static class Template
{
    public static string Expand(string template, Slots slots, Random random)
    {
        var output = new StringBuilder(template.Length * 2);
        Append(template, 0, template.Length, slots, random, output);
        return Tidy(output);
    }

    private static void Append(string text, int start, int end, Slots slots, Random random, StringBuilder output)
    {
        var i = start;
        while (i < end)
        {
            switch (text[i])
            {
                case '{':
                    var close = MatchingBrace(text, i, end);
                    var (from, to) = PickAlternative(text, i + 1, close, random);
                    Append(text, from, to, slots, random, output);
                    i = close + 1;
                    break;
                case '[':
                    var slotEnd = text.IndexOf(']', i, end - i);
                    if (slotEnd < 0)
                    {
                        throw new FormatException($"Unclosed slot in template: {text}");
                    }
                    var capitalise = text[i + 1] == '^';
                    var name = text[(i + (capitalise ? 2 : 1))..slotEnd];
                    var value = slots.Get(name, random);
                    output.Append(capitalise ? Capitalise(value) : value);
                    i = slotEnd + 1;
                    break;
                default:
                    output.Append(text[i]);
                    i++;
                    break;
            }
        }
    }

    private static int MatchingBrace(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }
        throw new FormatException($"Unclosed choice in template: {text}");
    }

    private static (int From, int To) PickAlternative(string text, int start, int end, Random random)
    {
        var bars = new List<int> { start - 1 };
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0 && text[i] == '|')
            {
                bars.Add(i);
            }
        }
        bars.Add(end);
        var pick = random.Next(bars.Count - 1);
        return (bars[pick] + 1, bars[pick + 1]);
    }

    public static string Capitalise(string value) =>
        value.Length == 0 || !char.IsLower(value[0]) ? value : char.ToUpperInvariant(value[0]) + value[1..];

    /// <summary>Removes the doubled spaces and stray spaces before punctuation that optional parts leave.</summary>
    private static string Tidy(StringBuilder output)
    {
        var text = output.ToString();
        while (text.Contains("  ", StringComparison.Ordinal))
        {
            text = text.Replace("  ", " ", StringComparison.Ordinal);
        }
        return text.Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal)
            .Replace(",,", ",", StringComparison.Ordinal).Replace(" ;", ";", StringComparison.Ordinal).Trim();
    }
}
