namespace BharatBrief.Data.Entities;

/// <summary>A row that consolidation writes over again each time: a summit or an agreement.</summary>
public interface IConsolidatedRow
{
    int Id { get; set; }

    /// <summary>URL name, given once and kept while the row continues.</summary>
    string Slug { get; set; }

    /// <summary>
    /// Hash of the row's consolidated values, so that a consolidation that changes nothing writes nothing and does
    /// not read conflicts and histories back to find that out.
    /// </summary>
    string Fingerprint { get; set; }
}
