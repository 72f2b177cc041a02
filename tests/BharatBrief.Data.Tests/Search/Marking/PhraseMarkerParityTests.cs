using BharatBrief.Data.Search;
using BharatBrief.Data.Search.Marking;

namespace BharatBrief.Data.Tests.Search.Marking;

/// <summary>
/// PhraseMarker against SQLite's own highlight() and snippet(): the same text in an FTS5 table shaped like
/// ArticlesFts, the same phrases as a query, the same bytes out. Phrases are joined by OR, so every row holding any of
/// them is matched and marked; a row that matches nothing is compared with FTS5's answer for no query at all.
/// </summary>
public sealed class PhraseMarkerParityTests
{
    private const string Open = "\u27E6";
    private const string Close = "\u27E7";

    public static TheoryData<string> SeedQueries =>
    [
        "S-400",
        "rupee ruble",
        "Kudankulam",
        "kudank*",
        "RELOS",
        "sanctions + oil*",
        "modi + putin*",
        "signing",
        "signed",
        "signs",
        "sign*",
        "agreements",
        "agreement",
        "policy",
        "policies",
        "2025",
        "17th",
        "India-Russia",
        "India's",
        "Putin’s",
        "co-develop",
        "high-level dialogue",
        "PRIME minister",
        "the",
        "the + the",
        "new delhi + delhi summit",
        "vladimir putin + putin + president vladimir",
        "mo*",
        "def*",
        "energy + defence + trade*",
        "a*",
        "nosuchword",
    ];

    [Theory]
    [MemberData(nameof(SeedQueries))]
    public void Seed_articles_are_marked_as_fts5_marks_them(string spec)
    {
        var phrases = MarkingCase.Phrases(spec);
        var marker = new PhraseMarker(phrases);
        var match = Fts5Table.Match(phrases);
        using var table = new Fts5Table();
        foreach (var (name, title, lede, body) in MarkingCase.Seeds())
        {
            var rowid = table.Insert(title, lede, body);
            string[] columns = [title, lede, body];
            for (var column = 0; column < 3; column++)
            {
                MarkingCase.Same(
                    table.Highlight(rowid, match, column, Open, Close),
                    marker.Highlight(columns[column], Open, Close),
                    $"{name} highlight column {column}");
            }
            foreach (var (column, tokens) in new[] { (2, 28), (2, 12), (2, 64), (1, 8), (0, 5) })
            {
                MarkingCase.Same(
                    table.Snippet(rowid, match, column, "[", "]", "…", tokens),
                    marker.Snippet(columns[column], "[", "]", "…", tokens),
                    $"{name} snippet column {column}, {tokens} tokens");
            }
        }
    }

    [Theory]
    [InlineData("sanctions + oil*")]
    [InlineData("modi + putin*")]
    [InlineData("vladimir putin + putin")]
    public void Rows_holding_every_phrase_are_marked_the_same_under_AND(string spec)
    {
        var phrases = MarkingCase.Phrases(spec);
        var marker = new PhraseMarker(phrases);
        var match = Fts5Table.Match(phrases, " AND ");
        using var table = new Fts5Table();
        var matched = 0;
        foreach (var (name, title, lede, body) in MarkingCase.Seeds())
        {
            var rowid = table.Insert(title, lede, body);
            if (!table.Matches(rowid, match))
            {
                continue;
            }
            matched++;
            MarkingCase.Same(table.Highlight(rowid, match, 2, "<b>", "</b>"), marker.Highlight(body, "<b>", "</b>"), name);
            MarkingCase.Same(
                table.Snippet(rowid, match, 2, "<b>", "</b>", "...", 20), marker.Snippet(body, "<b>", "</b>", "...", 20), name);
        }
        Assert.True(matched > 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(200)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Snippets_of_any_length_are_cut_as_fts5_cuts_them(int maxTokens)
    {
        var spec = "putin + india russia + sanct*";
        var phrases = MarkingCase.Phrases(spec);
        var marker = new PhraseMarker(phrases);
        using var table = new Fts5Table();
        foreach (var (name, title, lede, body) in MarkingCase.Seeds())
        {
            var rowid = table.Insert(title, lede, body);
            MarkingCase.Same(
                table.Snippet(rowid, Fts5Table.Match(phrases), 2, "[", "]", "…", maxTokens),
                marker.Snippet(body, "[", "]", "…", maxTokens),
                name);
        }
    }

    [Theory]
    [InlineData("putin")]
    [InlineData("kudank*")]
    [InlineData("modi + putin*")]
    [InlineData("india russia + summit")]
    [InlineData("the")]
    [InlineData("nosuchword")]
    public void Snippets_of_the_best_column_are_cut_as_fts5_cuts_them(string spec)
    {
        var phrases = MarkingCase.Phrases(spec);
        var marker = new PhraseMarker(phrases);
        var match = Fts5Table.Match(phrases);
        using var table = new Fts5Table();
        var rows = MarkingCase.Seeds()
            .SelectMany(seed => new (string Name, string? Title, string? Lede, string? Body)[]
            {
                (seed.Name, seed.Title, seed.Lede, seed.Body),
                (seed.Name + " without lede", seed.Title, null, seed.Body),
                (seed.Name + " lede as title", seed.Lede, seed.Lede, seed.Body),
            })
            .Append(("no title", null, "Putin and Modi spoke of the summit.", "Putin, Modi: the India-Russia summit."))
            .Append(("nothing at all", null, null, null));
        foreach (var (name, title, lede, body) in rows)
        {
            var rowid = table.Insert(title, lede, body);
            foreach (var tokens in new[] { 16, 28, 4 })
            {
                MarkingCase.Same(
                    table.Snippet(rowid, match, -1, Open, Close, "…", tokens),
                    marker.Snippet([title, lede, body], Open, Close, "…", tokens),
                    $"{name}, best column, {tokens} tokens");
            }
        }
    }

    public static TheoryData<string, string> Texts => new()
    {
        // Diacritics, precomposed and combining.
        { "Moskvá and Šoigu met at a café in Moskva; MOSKVÁ again.", "moskva + soigu + cafe" },
        { "Moskva\u0301 cafe\u0301 e\u0301\u0301\u0301 \u0301cafe", "moskva + cafe + e" },
        { "Crème brûlée, naïve façade, Ærø, Łódź, Ðakovo, İstanbul", "creme brulee + naive + facade + lodz + istanbul" },
        // Cyrillic and Devanagari (whose vowel signs split words into tokens).
        { "Путин прибыл в Москву. Москва встречает Путина: ПУТИН.", "путин + москв*" },
        { "प्रधानमंत्री मोदी ने पुतिन से बात की। मोदी और पुतिन", "मोदी + पुतिन" },
        { "Россия и Индия: S-400 «Триумф» для ВВС", "s 400 + россия" },
        // Numbers, hyphens, apostrophes.
        { "S-400 S 400 s400 S-400s and the S–400.", "S-400" },
        { "In 2025, the 17th summit; 2,000 tonnes; 3.5% growth; 2025-26.", "2025 + 17th + 2 000 + 3 5" },
        { "India’s co-development of BrahMos isn't over; India's too.", "India's + co-development + isn't" },
        // Stems, and a prefix query stemmed before it is matched.
        { "They signed; he signs; signing the signature; a signal; sign here.", "signing" },
        { "They signed; he signs; signing the signature; a signal; sign here.", "signing*" },
        { "Agreements, an agreement, agreed, agreeing; policy and policies; POLICIES.", "agreements + policy" },
        { "Relational conditional rationale hopefulness formalize generalizations", "relational + generalization*" },
        // Case, repeats, overlaps.
        { "KUDANKULAM Kudankulam kudankulam KudanKulam Kudank", "kudank*" },
        { "oil oil oil oil oil", "oil oil" },
        { "oil oil oil oil oil", "oil + oil oil + oil*" },
        { "new delhi summit in new delhi, delhi summit", "new delhi + delhi summit" },
        { "the rupee ruble trade; rupee-ruble; RUPEE RUBLE; rupee, ruble", "rupee ruble + ruble trade" },
        // A phrase of no tokens (a vowel sign alone) is a phrase that never matches.
        { "मोदी ा oil ा", "ा + oil" },
        // Nothing to mark, little to mark.
        { "Nothing to see here. Move along: nothing at all.", "kudankulam" },
        { "Oil", "oil" },
        { "o", "o*" },
        { "", "oil" },
        { " ", "oil" },
        { "...", "oil" },
        { "oil.", "oil" },
        { ". oil", "oil" },
        // Tokens longer than the stemmer takes, in characters and in bytes.
        { "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaing signing", "signing + aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaing" },
        { "жжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжs жжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжs", "жжжжжжжжжжжжжжжжжжжжжжжжжжжжжжж + жжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжs" },
        { "aतing aत", "aत" },
        // Symbols: newer emoji are token characters to FTS5 (its tables leave them uncategorised), older ones are not.
        { "🧭 What’s Next? 🔍 Search 🧠 ideas", "next + 🧭 + 🔍" },
        { "𐐀𐐁 Deseret 𝐁𝐨𝐥𝐝 ｆｕｌｌ ＷＩＤＴＨ", "𐐨𐐩 + ｆｕｌｌ + width" },
        // Sentence starts for the snippet: after '.' or ':' and whitespace only.
        {
            "Opening words come first. Then trade talk: oil and gas. Then more.\nOil again.Oil stuck. Oil : spaced\tOil. \r\n Oil",
            "oil"
        },
        // A NUL ends what FTS5 copies of a piece of text (it copies with printf's %.*s).
        { "before\0after oil and more\0oil end", "oil" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Texts_are_marked_as_fts5_marks_them(string text, string spec)
    {
        var phrases = MarkingCase.Phrases(spec);
        var marker = new PhraseMarker(phrases);
        var match = Fts5Table.Match(phrases);
        using var table = new Fts5Table();
        var rowid = table.Insert(text, text, text);
        MarkingCase.Same(table.Highlight(rowid, match, 0, "[", "]"), marker.Highlight(text, "[", "]"), "highlight");
        MarkingCase.Same(table.Highlight(rowid, match, 2, "", ""), marker.Highlight(text, "", ""), "highlight, empty marks");
        foreach (var tokens in new[] { 28, 5, 3, 1 })
        {
            MarkingCase.Same(
                table.Snippet(rowid, match, 2, "<b>", "</b>", "…", tokens), marker.Snippet(text, "<b>", "</b>", "…", tokens),
                $"snippet of {tokens}");
        }
    }

    [Fact]
    public void A_parsed_query_gives_one_phrase_per_term()
    {
        var query = SearchQueryParser.Parse("S-400 \"rupee ruble\" kudank");
        var marker = PhraseMarker.For(query.Terms);
        Assert.Equal(3, marker.Phrases.Count);
        Assert.Equal(2, marker.Phrases[0].Terms.Length);
        Assert.True(marker.Phrases[2].Prefix);
        Assert.Equal(
            "The [S-400] deal, paid in [rupee-ruble]; [Kudankulam] next.",
            marker.Highlight("The S-400 deal, paid in rupee-ruble; Kudankulam next.", "[", "]"));
    }
}
