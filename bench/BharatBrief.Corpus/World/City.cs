namespace BharatBrief.Corpus.World;

/// <summary>A city where leaders meet, with the venues articles name there.</summary>
public sealed record City(string Name, string Country, IReadOnlyList<string> Venues)
{
    /// <summary>How wire datelines print it: "NEW DELHI".</summary>
    public string Dateline => Name.ToUpperInvariant();
}
