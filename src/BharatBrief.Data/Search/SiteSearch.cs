using System.Data.Common;
using BharatBrief.Data.Search.Matching;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Search;

/// <summary>
/// Searches articles, summits and agreements at once through their FTS5 indexes (porter stemming, prefixes, bm25),
/// counts facets by kind, theme and year over every match, and marks the matched words of the page it returns.
/// </summary>
public sealed class SiteSearch(IDbContextFactory<BharatBriefDbContext> contexts, SearchCatalog catalog)
{
    private static readonly SearchItemKind[] AllKinds = [SearchItemKind.Article, SearchItemKind.Summit, SearchItemKind.Agreement];

    public async Task<SiteSearchResult> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Query.Match is not { } match)
        {
            return SiteSearchResult.Nothing(request);
        }
        var snapshot = await catalog.GetAsync().WaitAsync(cancellationToken);
        var expression = MatchExpression.From(request.Query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);

        var matches = new Dictionary<SearchItemKind, List<FtsMatch>>();
        foreach (var kind in AllKinds)
        {
            matches[kind] = await MatchAsync(connection, kind, expression, match, snapshot, cancellationToken);
        }

        var facets = new SearchFacets(snapshot, request);
        var listedKind = request.Kind ?? SearchItemKind.Article;
        var listed = Best(matches[listedKind], facets, (request.Page - 1) * request.PageSize, request.PageSize);
        var topSummits = request.Kind is null ? Best(matches[SearchItemKind.Summit], facets, 0, SiteSearchRequest.TopCount) : [];
        var topAgreements = request.Kind is null ? Best(matches[SearchItemKind.Agreement], facets, 0, SiteSearchRequest.TopCount) : [];

        return new SiteSearchResult
        {
            Request = request,
            ListedKind = listedKind,
            Hits = await MarkAsync(connection, listedKind, match, listed, cancellationToken),
            ListedTotal = facets.CountPassing(matches[listedKind]),
            TopSummits = await MarkAsync(connection, SearchItemKind.Summit, match, topSummits, cancellationToken),
            TopAgreements = await MarkAsync(connection, SearchItemKind.Agreement, match, topAgreements, cancellationToken),
            Kinds = facets.CountKinds(matches),
            Themes = facets.CountThemes(matches),
            Years = facets.CountYears(matches),
        };
    }

    /// <summary>
    /// Every match of one kind with its bm25 score, worked out from the matches of each phrase, which FTS5 ranks once
    /// per phrase until the store changes. Rows the catalog does not know yet (written since it loaded) are left out.
    /// </summary>
    private static async Task<List<FtsMatch>> MatchAsync(
        DbConnection connection, SearchItemKind kind, MatchExpression expression, string match, SearchCatalogSnapshot snapshot,
        CancellationToken cancellationToken)
    {
        var source = FtsSource.Of(kind);
        var phrases = new PhraseMatches[expression.Phrases.Count];
        for (var i = 0; i < phrases.Length; i++)
        {
            var phrase = expression.Phrases[i].ToMatch();
            if (!snapshot.Phrases.TryGet(kind, phrase, out phrases[i]))
            {
                phrases[i] = await PhraseMatches.RankAsync(connection, source, phrase, cancellationToken);
                snapshot.Phrases.Add(kind, phrase, phrases[i]);
            }
        }
        // A phrase that matches nothing may be one FTS5 reads as no words at all, which it leaves out of the query
        // instead of matching nothing: FTS5 answers those queries itself (they are rare, and cheap when a word is rare).
        var (ids, scores) = phrases.Length > 1 && Array.Exists(phrases, phrase => phrase.Count == 0)
            ? Unpack(await PhraseMatches.RankAsync(connection, source, match, cancellationToken))
            : expression.Evaluate(phrases);

        var entries = snapshot.Of(kind);
        var found = new List<FtsMatch>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            if (entries.TryGetValue(ids[i], out var entry))
            {
                found.Add(new FtsMatch(ids[i], scores[i], entry));
            }
        }
        return found;

        static (int[], double[]) Unpack(PhraseMatches matches) => (matches.Ids, matches.Scores);
    }

    /// <summary>The matches on one page, best first (ties by key): the best <paramref name="skip"/> + <paramref name="take"/> kept in order as the matches pass by.</summary>
    private static List<FtsMatch> Best(List<FtsMatch> matches, SearchFacets facets, int skip, int take)
    {
        var wanted = skip + take;
        if (take <= 0)
        {
            return [];
        }
        if (wanted > 256)
        {
            return [.. matches.Where(m => facets.Passes(m.Entry, byTheme: true, byYear: true)).OrderBy(m => m.Rank).ThenBy(m => m.Id).Skip(skip).Take(take)];
        }
        var best = new List<FtsMatch>(wanted + 1);
        foreach (var match in matches)
        {
            if ((best.Count == wanted && !Better(match, best[^1])) || !facets.Passes(match.Entry, byTheme: true, byYear: true))
            {
                continue;
            }
            var at = best.Count;
            while (at > 0 && Better(match, best[at - 1]))
            {
                at--;
            }
            best.Insert(at, match);
            if (best.Count > wanted)
            {
                best.RemoveAt(wanted);
            }
        }
        return skip >= best.Count ? [] : best.GetRange(skip, Math.Min(take, best.Count - skip));

        static bool Better(FtsMatch match, FtsMatch than) => match.Rank < than.Rank || (match.Rank == than.Rank && match.Id < than.Id);
    }

    /// <summary>Highlights the titles (and cuts snippets) of the few results a page shows, in one statement per kind.</summary>
    private static async Task<IReadOnlyList<SiteSearchHit>> MarkAsync(
        DbConnection connection, SearchItemKind kind, string match, List<FtsMatch> shown, CancellationToken cancellationToken)
    {
        if (shown.Count == 0)
        {
            return [];
        }
        var source = FtsSource.Of(kind);
        await using var command = connection.CreateCommand();
        var snippet = source.SnippetColumn is { } column
            ? $"snippet(\"{source.Table}\", {column}, $start, $end, '…', 28)"
            : "NULL";
        var ids = string.Join(", ", shown.Select((_, i) => $"$id{i}"));
        command.CommandText = $"""
            SELECT rowid, highlight("{source.Table}", {source.TitleColumn}, $start, $end), {snippet}
            FROM "{source.Table}" WHERE "{source.Table}" MATCH $match AND rowid IN ({ids})
            """;
        AddParameter(command, "$match", match);
        AddParameter(command, "$start", ArticleSearch.MarkStart);
        AddParameter(command, "$end", ArticleSearch.MarkEnd);
        for (var i = 0; i < shown.Count; i++)
        {
            AddParameter(command, $"$id{i}", shown[i].Id);
        }
        var marked = new Dictionary<int, (string Title, string? Snippet)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                marked[reader.GetInt32(0)] = (reader.IsDBNull(1) ? "" : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }
        return [.. shown.Select(m => marked.TryGetValue(m.Id, out var found)
            ? new SiteSearchHit(kind, m.Id, m.Entry, found.Title.Length > 0 ? found.Title : m.Entry.Title, found.Snippet, m.Rank)
            : new SiteSearchHit(kind, m.Id, m.Entry, m.Entry.Title, null, m.Rank))];
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
