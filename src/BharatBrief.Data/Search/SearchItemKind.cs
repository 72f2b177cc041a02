namespace BharatBrief.Data.Search;

/// <summary>What a search result is: the site searches articles, summits and agreements at once.</summary>
public enum SearchItemKind
{
    Article,
    Summit,
    Agreement,
}
