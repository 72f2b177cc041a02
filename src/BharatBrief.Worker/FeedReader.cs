using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Worker;

/// <summary>A feed as read: its title and its entries, each turned into an article or marked malformed.</summary>
internal sealed record FeedDocument(string? Title, IReadOnlyList<FeedEntry> Entries);

/// <summary>
/// One entry of a feed. <see cref="Key"/> is its id (else its link); <see cref="Source"/> is null when the entry is
/// malformed, and <see cref="Malformed"/> says why.
/// </summary>
internal sealed record FeedEntry(string Key, string Label, ArticleSource? Source, string? ContentHash, string? Malformed);

/// <summary>Why a feed gave nothing: it could not be reached, answered an error, or is not a feed.</summary>
internal sealed class FeedUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Fetches an Atom or RSS feed over HTTP and turns its entries into articles for the importer.</summary>
internal static class FeedReader
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    public static async Task<FeedDocument> ReadAsync(HttpClient http, FeedSource feed, IngestionWorkerOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.FeedTimeout);
        byte[] body;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, feed.Address);
            request.Headers.TryAddWithoutValidation("Accept", "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.8");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new FeedUnavailableException($"the feed answered {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }
            if (response.Content.Headers.ContentLength > options.MaxFeedBytes)
            {
                throw new FeedUnavailableException(TooLarge(options.MaxFeedBytes));
            }
            body = await ReadLimitedAsync(response.Content, options.MaxFeedBytes, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FeedUnavailableException($"the feed did not answer within {options.FeedTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            throw new FeedUnavailableException($"the feed could not be reached ({Redacted(ex.Message, feed)})", ex);
        }
        return Parse(body, feed);
    }

    public static FeedDocument Parse(byte[] body, FeedSource feed)
    {
        SyndicationFeed parsed;
        try
        {
            // No DTDs, no external entities: a feed is data from outside.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(new MemoryStream(body), settings);
            parsed = SyndicationFeed.Load(reader);
        }
        catch (Exception ex) when (ex is XmlException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new FeedUnavailableException($"not an Atom or RSS feed ({ex.Message})", ex);
        }
        var outlet = Clean(feed.Outlet) ?? Clean(parsed.Title?.Text);
        var entries = parsed.Items.Select(item => ToEntry(item, feed, outlet)).ToList();
        return new FeedDocument(Clean(parsed.Title?.Text), entries);
    }

    private static FeedEntry ToEntry(SyndicationItem item, FeedSource feed, string? outlet)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        var url = link is { IsAbsoluteUri: true } absolute && absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri
            : link is not null && !link.IsAbsoluteUri && Uri.TryCreate(feed.Address, link, out var resolved) ? resolved.AbsoluteUri
            : null;
        var title = Clean(TextOf(item.Title));
        var key = Clean(item.Id) ?? url ?? (title is null ? null : "title:" + title + "|" + item.PublishDate.ToString("O", CultureInfo.InvariantCulture));
        var label = title ?? url ?? key ?? "an entry without title, link or id";
        if (key is null)
        {
            return new FeedEntry(label, label, null, null, "malformed: no id, link or title");
        }
        var body = new[] { EncodedContent(item), TextOf(item.Content as TextSyndicationContent), TextOf(item.Summary) }
            .Select(text => text is null ? "" : text)
            .MaxBy(text => text.Length) ?? "";
        if (body.Length == 0)
        {
            return new FeedEntry(key, label, null, null, "malformed: no text (neither content nor summary)");
        }
        var metadata = new Dictionary<string, string>();
        Add(metadata, "title", title);
        var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        Add(metadata, "published", date != default ? date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
        Add(metadata, "outlet", outlet);
        Add(metadata, "url", url);
        Add(metadata, "author", Clean(item.Authors.FirstOrDefault() is { } author ? author.Name ?? author.Email : null));
        var sourceName = $"feed/{feed.Address.Host}/{FeedSource.ShortHash(feed.Key + "\n" + key)}";
        var source = new ArticleSource(body, ArticleFormat.PlainText, sourceName, new FrontMatter(metadata));
        return new FeedEntry(key, label, source, HashOf(source), null);
    }

    /// <summary>The entry's text and metadata: an entry whose hash is stored already is not taken in again.</summary>
    public static string HashOf(ArticleSource source)
    {
        var text = new StringBuilder(source.Text);
        foreach (var (name, value) in (source.Metadata?.Values ?? new Dictionary<string, string>()).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(name).Append('=').Append(value);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string? EncodedContent(SyndicationItem item)
    {
        try
        {
            return item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModule).FirstOrDefault() is { } html ? HtmlText.ToPlainText(html) : null;
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or System.Runtime.Serialization.SerializationException)
        {
            return null;
        }
    }

    private static string? TextOf(TextSyndicationContent? content)
    {
        if (content?.Text is not { } text)
        {
            return null;
        }
        return content.Type is "html" or "xhtml" || HtmlText.LooksLikeHtml(text) ? HtmlText.ToPlainText(text) : HtmlText.Tidy(text);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : HtmlText.Tidy(value).Replace('\n', ' ');

    private static void Add(Dictionary<string, string> metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata[key] = value;
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new FeedUnavailableException(TooLarge(limit));
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string TooLarge(long limit) => $"the feed is larger than {limit / 1024.0 / 1024.0:0.#} MB (MaxFeedBytes)";

    private static string Redacted(string message, FeedSource feed) =>
        message.Replace(feed.Address.AbsoluteUri, feed.Name, StringComparison.Ordinal)
            .Replace(WebUtility.UrlDecode(feed.Address.AbsoluteUri), feed.Name, StringComparison.Ordinal);
}
