using System.Text;

namespace BharatBrief.Data.Importing.Files;

/// <summary>Reads comma-separated records (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks).</summary>
internal static class CsvRecords
{
    /// <summary>Every record with the line it starts on; a record whose quotes do not close says so in its problem.</summary>
    public static IReadOnlyList<(int Line, IReadOnlyList<string> Cells, string? Problem)> Parse(string text)
    {
        var records = new List<(int, IReadOnlyList<string>, string?)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        string? problem = null;
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (quoted)
            {
                if (c == '"' && position + 1 < text.Length && text[position + 1] == '"')
                {
                    cell.Append('"');
                    position++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.ToString().Trim().Length == 0:
                    cell.Clear();
                    quoted = true;
                    break;
                case '"':
                    problem ??= "has a quote inside an unquoted cell";
                    cell.Append(c);
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    records.Add((recordLine, cells, problem));
                    cells = [];
                    cell.Clear();
                    problem = null;
                    line++;
                    recordLine = line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (quoted)
        {
            problem ??= "opens a quote that never closes";
        }
        if (quoted || cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((recordLine, cells, problem));
        }
        return records;
    }
}
