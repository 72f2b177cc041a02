namespace BharatBrief.Corpus.World;

/// <summary>A leader, minister or analyst as articles name them.</summary>
public sealed record Person(string FullName, string Surname, string Title, string Country)
{
    /// <summary>"Prime Minister Narendra Modi".</summary>
    public string Titled => $"{Title} {FullName}";
}
