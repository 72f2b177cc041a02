namespace BharatBrief.Ingestion.Documents;

/// <summary>Writes the readable form of <c>source[start..end)</c>: verbatim for plain text, markup stripped for Markdown.</summary>
internal delegate void InlineWriter(ReadableText output, string source, int start, int end);
