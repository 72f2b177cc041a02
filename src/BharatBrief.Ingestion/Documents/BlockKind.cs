namespace BharatBrief.Ingestion.Documents;

public enum BlockKind
{
    Title,
    Lede,
    Heading,
    Paragraph,
    ListItem,
    TableRow,
    Quote,
}
