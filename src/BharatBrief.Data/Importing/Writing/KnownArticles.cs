using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>The stored articles' names, hashes and slugs, kept up to date by the writer as a run stores articles.</summary>
internal sealed class KnownArticles
{
    private readonly Dictionary<string, KnownArticle> _bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownArticle> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<int, KnownArticle> _byBrief = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    private KnownArticles(IEnumerable<KnownArticle> articles)
    {
        foreach (var article in articles)
        {
            Add(article);
        }
    }

    public static async Task<KnownArticles> LoadAsync(BharatBriefDbContext db, CancellationToken cancellationToken) =>
        new(await db.Articles.AsNoTracking()
            .Select(a => new KnownArticle(a.Id, a.Slug, a.SourceName, a.BriefId, a.ContentHash, a.MetadataHash, a.PipelineVersion, a.IngestedAt))
            .ToListAsync(cancellationToken));

    /// <summary>A copy by source name that parsing threads may read while the writer changes this one.</summary>
    public IReadOnlyDictionary<string, KnownArticle> SnapshotBySource() => _bySource.ToFrozenDictionary(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, KnownArticle> BySource => _bySource;

    public KnownArticle? WithSource(string? sourceName) => sourceName is not null && _bySource.TryGetValue(sourceName, out var article) ? article : null;

    public KnownArticle? WithBrief(int briefId) => _byBrief.GetValueOrDefault(briefId);

    /// <summary>Another stored article with the same text, if any.</summary>
    public KnownArticle? DuplicateOf(string contentHash, int? exceptId) =>
        _byHash.TryGetValue(contentHash, out var article) && article.Id != exceptId ? article : null;

    /// <summary><paramref name="wanted"/>, or it with the first free suffix ("-2", "-3", …) when taken.</summary>
    public string FreeSlug(string wanted)
    {
        var slug = wanted.Length > 0 ? wanted : "article";
        for (var n = 2; _slugs.Contains(slug); n++)
        {
            slug = $"{(wanted.Length > 0 ? wanted : "article")}-{n}";
        }
        return slug;
    }

    /// <summary>Records a stored article, replacing what was known of its earlier version.</summary>
    public void Remember(KnownArticle article, KnownArticle? replaced)
    {
        if (replaced is not null && _byHash.TryGetValue(replaced.ContentHash, out var holder) && holder.Id == replaced.Id)
        {
            _byHash.Remove(replaced.ContentHash);
        }
        Add(article);
    }

    private void Add(KnownArticle article)
    {
        if (article.SourceName is not null)
        {
            _bySource[article.SourceName] = article;
        }
        if (article.BriefId is { } briefId)
        {
            _byBrief[briefId] = article;
        }
        _byHash.TryAdd(article.ContentHash, article);
        _slugs.Add(article.Slug);
    }
}
