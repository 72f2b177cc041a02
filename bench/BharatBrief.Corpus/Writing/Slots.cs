namespace BharatBrief.Corpus.Writing;

/// <summary>
/// The values a template can name: fixed for the article, or drawn afresh at each use (another analyst, another
/// phrasing of a date). A meeting's or an agreement's slots sit on top of the article's and fall back to them.
/// </summary>
public sealed class Slots(Slots? parent = null)
{
    private readonly Dictionary<string, Func<Random, string>> _values = new(StringComparer.Ordinal);

    public Slots Set(string name, string value)
    {
        _values[name] = _ => value;
        return this;
    }

    public Slots Set(string name, Func<Random, string> value)
    {
        _values[name] = value;
        return this;
    }

    public string Get(string name, Random random) =>
        _values.TryGetValue(name, out var value) ? value(random)
        : parent is not null ? parent.Get(name, random)
        : throw new KeyNotFoundException($"No value for slot [{name}].");
}
