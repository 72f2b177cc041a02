namespace BharatBrief.Data.Importing;

public enum IngestStage
{
    /// <summary>Reading, parsing and storing articles one by one.</summary>
    Articles,

    /// <summary>Merging every stored article's mentions into summits and agreements.</summary>
    Consolidating,

    /// <summary>Finished.</summary>
    Done,
}
