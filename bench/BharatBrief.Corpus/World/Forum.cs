namespace BharatBrief.Corpus.World;

/// <summary>A multilateral forum whose summits give the two leaders a meeting on the sidelines.</summary>
public sealed record Forum(string Name, string LongName, int FirstYear)
{
    public string SummitName => Name == "G20" ? "G20 summit" : $"{Name} summit";
}
