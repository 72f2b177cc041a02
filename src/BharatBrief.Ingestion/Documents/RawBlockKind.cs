namespace BharatBrief.Ingestion.Documents;

/// <summary>What a reader found a block to be before the document-wide decisions (title, lede, headings) are made.</summary>
internal enum RawBlockKind
{
    /// <summary>A line or paragraph of text: prose, or a heading when it looks like one.</summary>
    Text,

    /// <summary>A heading the markup declares.</summary>
    Heading,

    ListItem,

    Quote,

    TableRow,
}
