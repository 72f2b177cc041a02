using System.Text;

namespace BharatBrief.Web.Feeds;

/// <summary>
/// CSV as RFC 4180 writes it (fields with commas, quotes or line breaks quoted, quotes doubled, CRLF rows). A text
/// field that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
/// </summary>
internal sealed class CsvWriter
{
    private readonly StringBuilder _text = new();

    public CsvWriter Row(params IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _text.Append(',');
            }
            first = false;
            Field(field ?? "");
        }
        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    private void Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(value);
            return;
        }
        _text.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }
}
