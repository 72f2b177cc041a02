namespace BharatBrief.Ingestion.Documents;

/// <summary>Where the key and the value of a table row sit in its readable text ("Visit Dates: December 4–5").</summary>
/// <param name="Table">Which table of the document the row belongs to, from 0.</param>
/// <param name="IsFirstRow">True for the first data row, the one a caption sits above.</param>
/// <param name="Columns">How many non-empty cells the row has.</param>
internal sealed record TableRowCells(int Table, bool IsFirstRow, int Columns, ReadableRange Key, ReadableRange Value);
