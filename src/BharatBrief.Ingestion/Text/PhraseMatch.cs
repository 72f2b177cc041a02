namespace BharatBrief.Ingestion.Text;

/// <summary>A phrase found in a tokenized text: tokens <see cref="First"/> to <see cref="Last"/>, and what the phrase stands for.</summary>
public readonly record struct PhraseMatch<T>(int First, int Last, T Value)
{
    public int TokenCount => Last - First + 1;
}
