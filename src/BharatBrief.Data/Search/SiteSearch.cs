using System.Data.Common;
using BharatBrief.Data.Search.Marking;
using BharatBrief.Data.Search.Matching;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Search;

/// <summary>
/// Searches articles, summits and agreements at once through their FTS5 indexes (porter stemming, prefixes, bm25),
/// counts facets by kind, theme and year over every match, and marks the matched words of the page it returns. FTS5
/// ranks each phrase once until the store changes (<see cref="PhraseMatchCache"/>); the query is worked out from its
/// phrases in memory (<see cref="MatchExpression"/>) and the page marked in memory (<see cref="PhraseMarker"/>), with
/// the same results, scores and marks as FTS5's own.
/// </summary>
public sealed class SiteSearch(IDbContextFactory<BharatBriefDbContext> contexts, SearchCatalog catalog)
{
    private static readonly SearchItemKind[] AllKinds = [SearchItemKind.Article, SearchItemKind.Summit, SearchItemKind.Agreement];

    /// <summary>Words in a result's snippet of its body, at most.</summary>
    private const int SnippetTokens = 28;

    public async Task<SiteSearchResult> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Query.Match is not { } match)
        {
            return SiteSearchResult.Nothing(request);
        }
        var snapshot = await catalog.GetAsync().WaitAsync(cancellationToken);
        var expression = MatchExpression.From(request.Query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var postgreSql = db.Database.IsNpgsql();
        var vocabulary = request.Forgiving ? await snapshot.VocabularyAsync(() => LoadVocabularyAsync(snapshot)).WaitAsync(cancellationToken) : null;
        var alternatives = vocabulary is null
            ? TermAlternatives.Literal(request.Query)
            : TermAlternatives.Forgiving(request.Query, vocabulary, SearchVariants.Shipped);
        // Only a query some term of which has other ways to be found is searched otherwise than FTS5 would search it.
        if (alternatives.Any(ways => ways.Count > 1))
        {
            match = expression.ToMatch(i => $"({string.Join(" OR ", alternatives[i].Select(way => way.Term.ToMatch()))})");
        }
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);

        // FTS5 leaves a phrase that its tokenizer reads as no words at all out of the query instead of matching nothing
        // with it; such queries (rare: letters of scripts newer than its Unicode tables) FTS5 answers itself.
        // The marker of every phrase is also the one most results are marked with: one per request, shared by the kinds.
        var markers = new Dictionary<int, PhraseMarker> { [(1 << expression.Phrases.Count) - 1] = MarkerOf(alternatives, (1 << expression.Phrases.Count) - 1) };
        var wordless = !postgreSql && expression.Phrases.Count > 1 && markers.Values.Single().Phrases.Any(phrase => phrase.Terms.Length == 0);
        var matches = new Dictionary<SearchItemKind, KindMatches>();
        foreach (var kind in AllKinds)
        {
            matches[kind] = await MatchAsync(connection, kind, expression, alternatives, match, wordless, snapshot, cancellationToken);
        }

        var facets = new SearchFacets(snapshot, request);
        var listedKind = request.Kind ?? SearchItemKind.Article;
        var listed = Best(matches[listedKind], facets, request.Sort, (request.Page - 1) * request.PageSize, request.PageSize);
        var topSummits = request.Kind is null ? Best(matches[SearchItemKind.Summit], facets, request.Sort, 0, SiteSearchRequest.TopCount) : [];
        var topAgreements = request.Kind is null ? Best(matches[SearchItemKind.Agreement], facets, request.Sort, 0, SiteSearchRequest.TopCount) : [];

        return new SiteSearchResult
        {
            Request = request,
            ListedKind = listedKind,
            Hits = await MarkAsync(connection, listedKind, matches[listedKind], listed, alternatives, markers, cancellationToken),
            ListedTotal = facets.CountPassing(matches[listedKind]),
            TopSummits = await MarkAsync(connection, SearchItemKind.Summit, matches[SearchItemKind.Summit], topSummits, alternatives, markers, cancellationToken),
            TopAgreements = await MarkAsync(connection, SearchItemKind.Agreement, matches[SearchItemKind.Agreement], topAgreements, alternatives, markers, cancellationToken),
            Kinds = facets.CountKinds(matches),
            Themes = facets.CountThemes(matches),
            Years = facets.CountYears(matches),
            UnfilteredTotal = request.Filtered ? matches.Values.Sum(CountKnown) : 0,
            Suggestion = vocabulary is null ? null : Suggest(request.Query, vocabulary),
        };
    }

    private async Task<SearchVocabulary> LoadVocabularyAsync(SearchCatalogSnapshot snapshot)
    {
        // Not a request's token: the load is shared by every search waiting for it.
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var titles = snapshot.Articles.Values.Concat(snapshot.Summits.Values).Concat(snapshot.Agreements.Values).Select(entry => entry.Title);
        return db.Database.IsNpgsql()
            ? await SearchVocabulary.LoadPostgreSqlAsync(db.Database.GetDbConnection(), titles)
            : await SearchVocabulary.LoadAsync(db.Database.GetDbConnection(), titles);
    }

    private static int CountKnown(KindMatches matches)
    {
        var count = 0;
        for (var i = 0; i < matches.Ids.Length; i++)
        {
            count += matches.EntryAt(i) is null ? 0 : 1;
        }
        return count;
    }

    /// <summary>The typed text with each word no row holds replaced by the closest known word; null when there is none to replace.</summary>
    private static string? Suggest(SearchQuery query, SearchVocabulary vocabulary)
    {
        var text = query.Text;
        var replaced = false;
        foreach (var term in query.Terms)
        {
            if (term.Quoted || term.Words is not [var word] || !TermAlternatives.IsUnknown(term, word, vocabulary)
                || SearchVariants.Shipped.Of(term.Words).Count > 0
                || vocabulary.Close(SearchVocabulary.StemOf(word), TermAlternatives.SuggestionEdits(word)) is not [var closest, ..])
            {
                continue;
            }
            var at = System.Text.RegularExpressions.Regex.Match(
                text, $@"(?<![\p{{L}}\p{{N}}\p{{M}}]){System.Text.RegularExpressions.Regex.Escape(word)}(?![\p{{L}}\p{{N}}\p{{M}}])",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            if (at.Success)
            {
                // Written as the reader wrote the word's first letter: "Putn" becomes "Putin", "putn" "putin".
                var surface = vocabulary.Surface(closest.Term);
                if (char.IsUpper(at.Value[0]))
                {
                    surface = string.Concat(surface[..1].ToUpperInvariant(), surface.AsSpan(1));
                }
                text = string.Concat(text.AsSpan(0, at.Index), surface, text.AsSpan(at.Index + at.Length));
                replaced = true;
            }
        }
        return replaced ? text : null;
    }

    /// <summary>The marker of the terms in <paramref name="taking"/> (term i is bit i): every way each of them may be found.</summary>
    private static PhraseMarker MarkerOf(IReadOnlyList<Alternative>[] alternatives, int taking) =>
        PhraseMarker.For(alternatives.Where((_, i) => (taking & (1 << i)) != 0).SelectMany(ways => ways.Select(way => way.Term)));

    /// <summary>
    /// Every match of one kind with its score, worked out from the matches of each phrase, which FTS5 ranks once
    /// per phrase until the store changes; or ranked by FTS5 as a whole, when working it out in memory could differ from
    /// FTS5. A term found in several ways (<see cref="TermAlternatives"/>) matches every row one of them matches, scored
    /// by the best of them.
    /// </summary>
    private static async Task<KindMatches> MatchAsync(
        DbConnection connection, SearchItemKind kind, MatchExpression expression, IReadOnlyList<Alternative>[] alternatives, string match, bool wordless,
        SearchCatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        var source = FtsSource.Of(kind);
        var phrases = new PhraseMatches[expression.Phrases.Count];
        for (var i = 0; i < phrases.Length; i++)
        {
            var ways = new PhraseMatches[alternatives[i].Count];
            for (var w = 0; w < ways.Length; w++)
            {
                var phrase = alternatives[i][w].Term.ToMatch();
                if (!snapshot.Phrases.TryGet(kind, phrase, out ways[w]))
                {
                    ways[w] = connection is Npgsql.NpgsqlConnection
                        ? await PostgreSqlPhraseMatches.RankAsync(connection, kind, alternatives[i][w].Term, cancellationToken)
                        : await PhraseMatches.RankAsync(connection, source, phrase, cancellationToken);
                    snapshot.Phrases.Add(kind, phrase, ways[w]);
                }
            }
            phrases[i] = ways.Length == 1 && alternatives[i][0].Tier == 0
                ? ways[0]
                : PhraseMatches.Best(ways, [.. alternatives[i].Select(way => way.Tier * TermAlternatives.TierGap)]);
        }
        // On PostgreSQL the query is always worked out in memory from its phrases, and marked in memory.
        var byFts = connection is not Npgsql.NpgsqlConnection && (wordless || expression.StrandsExcludedPhrases(phrases));
        var (ids, scores) = byFts
            ? Unpack(await PhraseMatches.RankAsync(connection, source, match, cancellationToken))
            : expression.Evaluate(phrases);
        return new KindMatches(expression, phrases, ids, scores, snapshot.ById(kind), byFts ? match : null);

        static (int[], double[]) Unpack(PhraseMatches matches) => (matches.Ids, matches.Scores);
    }

    /// <summary>The matches on one page, best first (ties by key): the best <paramref name="skip"/> + <paramref name="take"/> kept in order as the matches pass by.</summary>
    private static List<FtsMatch> Best(KindMatches matches, SearchFacets facets, SearchSort sort, int skip, int take)
    {
        var wanted = skip + take;
        if (take <= 0)
        {
            return [];
        }
        var best = new List<FtsMatch>(Math.Min(wanted, matches.Ids.Length) + 1);
        if (wanted > 256)
        {
            for (var i = 0; i < matches.Ids.Length; i++)
            {
                if (matches.EntryAt(i) is { } entry && facets.Passes(entry, byTheme: true, byYear: true))
                {
                    best.Add(new FtsMatch(matches.Ids[i], matches.Scores[i], entry));
                }
            }
            best.Sort((a, b) => Ahead(a.Rank, a.Id, a.Entry, b) ? -1 : Ahead(b.Rank, b.Id, b.Entry, a) ? 1 : 0);
            return skip >= best.Count ? [] : best.GetRange(skip, Math.Min(take, best.Count - skip));
        }
        for (var i = 0; i < matches.Ids.Length; i++)
        {
            var (id, rank) = (matches.Ids[i], matches.Scores[i]);
            if (matches.EntryAt(i) is not { } entry || (best.Count == wanted && !Ahead(rank, id, entry, best[^1])) || !facets.Passes(entry, byTheme: true, byYear: true))
            {
                continue;
            }
            var at = best.Count;
            while (at > 0 && Ahead(rank, id, entry, best[at - 1]))
            {
                at--;
            }
            best.Insert(at, new FtsMatch(id, rank, entry));
            if (best.Count > wanted)
            {
                best.RemoveAt(wanted);
            }
        }
        return skip >= best.Count ? [] : best.GetRange(skip, Math.Min(take, best.Count - skip));

        // Newest first by ISO date (a day, a month or a year: the longer date of the same start is the later), undated last.
        bool Ahead(double rank, int id, CatalogEntry entry, FtsMatch than)
        {
            if (sort == SearchSort.Date && string.CompareOrdinal(entry.Date ?? "", than.Entry.Date ?? "") is var byDate and not 0)
            {
                return byDate > 0;
            }
            return rank < than.Rank || (rank == than.Rank && id < than.Id);
        }
    }

    /// <summary>
    /// Highlights the titles and cuts body snippets of the few results a page shows, as FTS5's highlight() and snippet()
    /// would, but in memory: each result marks the phrases that take part in its match, in the text of its title and body.
    /// </summary>
    private static async Task<IReadOnlyList<SiteSearchHit>> MarkAsync(
        DbConnection connection, SearchItemKind kind, KindMatches matches, List<FtsMatch> shown, IReadOnlyList<Alternative>[] alternatives,
        Dictionary<int, PhraseMarker> markers, CancellationToken cancellationToken)
    {
        if (shown.Count == 0)
        {
            return [];
        }
        if (matches.RankedByFts is { } wholeMatch)
        {
            return await MarkByFtsAsync(connection, kind, wholeMatch, shown, cancellationToken);
        }
        var bodies = FtsSource.Of(kind).SnippetColumn is null ? null : await ReadBodiesAsync(connection, shown, cancellationToken);
        var hits = new List<SiteSearchHit>(shown.Count);
        foreach (var match in shown)
        {
            var taking = matches.Participants(match.Id);
            if (!markers.TryGetValue(taking, out var marker))
            {
                markers[taking] = marker = MarkerOf(alternatives, taking);
            }
            var snippet = bodies?.GetValueOrDefault(match.Id) is { } body
                ? marker.Snippet(body, ArticleSearch.MarkStart, ArticleSearch.MarkEnd, "…", SnippetTokens)
                : null;
            hits.Add(new SiteSearchHit(kind, match.Id, match.Entry, marker.Highlight(match.Entry.Title, ArticleSearch.MarkStart, ArticleSearch.MarkEnd), snippet, match.Rank));
        }
        return hits;
    }

    /// <summary>Highlights the titles (and cuts snippets) of the few results a page shows by FTS5 itself, in one statement per kind.</summary>
    private static async Task<IReadOnlyList<SiteSearchHit>> MarkByFtsAsync(
        DbConnection connection, SearchItemKind kind, string match, List<FtsMatch> shown, CancellationToken cancellationToken)
    {
        var source = FtsSource.Of(kind);
        await using var command = connection.CreateCommand();
        var snippet = source.SnippetColumn is { } column
            ? $"snippet(\"{source.Table}\", {column}, $start, $end, '…', {SnippetTokens})"
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

    private static async Task<Dictionary<int, string>> ReadBodiesAsync(DbConnection connection, List<FtsMatch> shown, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var prefix = connection is Npgsql.NpgsqlConnection ? "@" : "$";
        command.CommandText = $"""SELECT "Id", "Body" FROM "Articles" WHERE "Id" IN ({string.Join(", ", shown.Select((_, i) => $"{prefix}id{i}"))})""";
        for (var i = 0; i < shown.Count; i++)
        {
            AddParameter(command, $"{prefix}id{i}", shown[i].Id);
        }
        var bodies = new Dictionary<int, string>(shown.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(1))
            {
                bodies[reader.GetInt32(0)] = reader.GetString(1);
            }
        }
        return bodies;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
