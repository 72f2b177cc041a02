namespace BharatBrief.Corpus.Writing;

/// <summary>An analyst's words: "Strategic expert Dr. Vibhor Kashyap notes:" then the quotation.</summary>
public sealed record Quote(string Speaker, string Verb, string Text) : Block
{
    public override int Length => Speaker.Length + Verb.Length + Text.Length + 6;
}
