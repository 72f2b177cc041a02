namespace BharatBrief.Corpus.Writing;

/// <summary>A piece of article content, laid out differently by each <see cref="Layout"/>.</summary>
public abstract record Block
{
    /// <summary>About how many characters it adds to the article.</summary>
    public abstract int Length { get; }
}
