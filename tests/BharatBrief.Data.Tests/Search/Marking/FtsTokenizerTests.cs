using System.Text;
using BharatBrief.Data.Search.Marking;

namespace BharatBrief.Data.Tests.Search.Marking;

/// <summary>FtsTokenizer against the terms SQLite's FTS5 puts in its index for the same text.</summary>
public sealed class FtsTokenizerTests
{
    public static TheoryData<string> Texts => new()
    {
        "Moskvá, Šoigu; café — Путин मोदी",
        "Crème brûlée, naïve façade, Ærø, Łódź, Ðakovo, İstanbul, ß ẞ ǅemal ΣΊΣΥΦΟΣ Ωmega",
        "Moskva\u0301 cafe\u0301 e\u0301\u0301\u0301 \u0301start x\u0301y",
        "ﬁnance Ｆｕｌｌｗｉｄｔｈ 𐐀𐐁 𝐁𝐨𝐥𝐝 🧭 🔍 ₹500 crore № 5 ½ ² Ⅻ ⑦",
        "S-400 s400 2,000 3.5% 17th 2025-26 co-development India’s isn't U.S. e-mail",
        "प्रधानमंत्री नरेंद्र मोदी ने राष्ट्रपति पुतिन से बात की। ०१२३ १७वां",
        "Россия и Индия: «Триумф», ЁЛКА ёлка, Владимир Путин — Москве Московский",
        // The stemmer counts bytes: 31 Cyrillic letters and an s are 63 bytes, with "es" 64, 32 of them and an s 65.
        "жжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжs жжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжes жжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжs",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaing aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaing",
        // A consonant byte doubled inside a multi-byte character: the stemmer cuts it (त is E0 A4 A4).
        "aतing aतed",
        // Lone surrogates and noncharacters read as U+FFFD, a separator.
        "left\uD800right \uDC00x \uFFFEy\uFFFFz",
        "caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping "
            + "tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci "
            + "digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism "
            + "decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize "
            + "electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible "
            + "irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous "
            + "effective bowdlerize probate rate cease controll roll generalizations oscillators ies eed ing ed sses ss "
            + "ays aying boys aed eeds signing signed signs agreements agreement policy policies",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Tokens_are_the_terms_fts5_indexes(string text)
    {
        using var table = new Fts5Table();
        var rowid = table.Insert("", "", text);
        var theirs = table.Terms(rowid, 2);
        var ours = FtsTokenizer.Terms(text);
        Assert.True(
            theirs.Count == ours.Count && theirs.Zip(ours).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second)),
            $"FTS5: {Show(theirs)}\nours: {Show(ours)}");
    }

    [Fact]
    public void Seed_articles_tokenize_as_fts5_tokenizes_them()
    {
        using var table = new Fts5Table();
        foreach (var (name, title, lede, body) in MarkingCase.Seeds())
        {
            var rowid = table.Insert(title, lede, body);
            string[] columns = [title, lede, body];
            for (var column = 0; column < 3; column++)
            {
                var theirs = table.Terms(rowid, column);
                var ours = FtsTokenizer.Terms(columns[column]);
                Assert.True(
                    theirs.Count == ours.Count && theirs.Zip(ours).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second)),
                    $"{name} column {column}\nFTS5: {Show(theirs)}\nours: {Show(ours)}");
            }
        }
    }

    [Fact]
    public void Characters_split_and_fold_as_fts5_splits_and_folds_them()
    {
        // Every codepoint of the scripts that matter (Latin to CJK punctuation), the fullwidth forms, Deseret and the
        // emoji blocks, each between two x's: one token if it is a token character (or a diacritic), else two.
        var codepoints = Enumerable.Range(1, 0x2FFF)
            .Concat(Enumerable.Range(0xFB00, 0xFFFF - 0xFB00 + 1))
            .Concat(Enumerable.Range(0x10400, 0x50))
            .Concat(Enumerable.Range(0x1F000, 0xB00))
            .ToList();
        using var table = new Fts5Table("unicode61 remove_diacritics 2");
        table.InsertTitles(codepoints.Select(c => "x" + char.ConvertFromUtf32(c) + "x"));
        var theirs = table.TitleTerms();
        var wrong = new List<string>();
        var buffer = new byte[16];
        for (var i = 0; i < codepoints.Count; i++)
        {
            var text = "x" + char.ConvertFromUtf32(codepoints[i]) + "x";
            var ours = new List<string>();
            var position = 0;
            while (FtsTokenizer.Next(text, ref position, out var start, out var end))
            {
                ours.Add(Encoding.UTF8.GetString(buffer, 0, FtsTokenizer.Fold(text.AsSpan(start, end - start), buffer)));
            }
            var expected = theirs.GetValueOrDefault(i + 1, []);
            if (!ours.SequenceEqual(expected))
            {
                wrong.Add($"U+{codepoints[i]:X4}: FTS5 {string.Join('|', expected)}, ours {string.Join('|', ours)}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(20)));
    }

    [Fact]
    public void Tokens_carry_utf16_offsets_into_the_string()
    {
        var tokens = FtsTokenizer.Tokenize("Moskvá, Šoigu; café — 𝐁x Путин मोदी e\u0301");
        Assert.Equal(
            [
                new FtsToken("moskva", 0, 6), new FtsToken("soigu", 8, 13), new FtsToken("cafe", 15, 19),
                new FtsToken("𝐁x", 22, 25), new FtsToken("путин", 26, 31), new FtsToken("म", 32, 33),
                new FtsToken("द", 34, 35), new FtsToken("e", 37, 39),
            ],
            tokens);
    }

    [Theory]
    [InlineData("signing", "sign")]
    [InlineData("signed", "sign")]
    [InlineData("signs", "sign")]
    [InlineData("agreements", "agreement")]
    [InlineData("policies", "polici")]
    [InlineData("policy", "polici")]
    [InlineData("Kudankulam", "kudankulam")]
    [InlineData("RELOS", "relo")]
    [InlineData("sanctions", "sanction")]
    [InlineData("is", "is")]
    [InlineData("Moskvá", "moskva")]
    public void Words_stem_as_the_porter_tokenizer_stems_them(string word, string stem) =>
        Assert.Equal(stem, Assert.Single(FtsTokenizer.Tokenize(word)).Text);

    [Fact]
    public void Prefix_phrases_are_stemmed_like_any_query_term()
    {
        var marker = new PhraseMarker([(["signing"], true), (["S", "400"], false), (["मोदी"], false)]);
        Assert.Equal("sign"u8.ToArray(), marker.Phrases[0].Terms[0]);
        Assert.Equal(2, marker.Phrases[1].Terms.Length);
        Assert.Equal(2, marker.Phrases[2].Terms.Length);
    }

    private static string Show(List<byte[]> terms) => string.Join('|', terms.Select(Encoding.UTF8.GetString));
}
