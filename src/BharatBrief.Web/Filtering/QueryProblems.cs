namespace BharatBrief.Web.Filtering;

/// <summary>
/// What was wrong with a request's query string, in words a reader can act on. A page that has problems answers 400
/// and says what it left out; the API answers 400 with the same words.
/// </summary>
public sealed class QueryProblems
{
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);

    public bool Any => _problems.Count > 0;

    public IReadOnlyDictionary<string, string> ByParameter => _problems;

    public void Add(string parameter, string problem) => _problems.TryAdd(parameter, problem);

    /// <summary>The problems in the shape of a validation problem (parameter → messages).</summary>
    public Dictionary<string, string[]> ToErrors() => _problems.ToDictionary(pair => pair.Key, pair => new[] { pair.Value });
}
