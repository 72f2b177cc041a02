using System.Text;

namespace BharatBrief.Web.Feeds;

/// <summary>Writes iCalendar content lines (RFC 5545): CRLF line ends, text values escaped, lines folded at 75 octets.</summary>
internal sealed class ICalendarText
{
    private const int MaxOctets = 75;

    private readonly StringBuilder _text = new();

    /// <summary>A property whose value is written as given (dates, identifiers, keywords).</summary>
    public ICalendarText Line(string nameAndParameters, string value)
    {
        Fold($"{nameAndParameters}:{value}");
        return this;
    }

    /// <summary>A TEXT property: backslashes, semicolons, commas and line breaks escaped.</summary>
    public ICalendarText Text(string name, string value) =>
        Line(name, value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n"));

    public override string ToString() => _text.ToString();

    /// <summary>Splits a line into pieces of at most 75 octets (never inside a UTF-8 sequence), each continuation starting with a space.</summary>
    private void Fold(string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                _text.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }
            _text.Append(rune.ToString());
            octets += size;
        }
        _text.Append("\r\n");
    }
}
