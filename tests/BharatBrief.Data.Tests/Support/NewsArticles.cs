using System.Globalization;
using System.Text;

namespace BharatBrief.Data.Tests.Support;

/// <summary>
/// Short news articles about India and Russia, a few sentences each, written for the real pipeline to read: the
/// store tests assert on what it makes of them. Front matter fixes the published date where the story needs one.
/// </summary>
public static class NewsArticles
{
    /// <summary>The 22nd annual summit at Novo-Ogaryovo, Moscow, 8–9 July 2024, with a trade figure.</summary>
    public static readonly string MoscowSummit = Published("2024-07-10", """
        Modi and Putin meet at Novo-Ogaryovo

        MOSCOW, 9 July 2024 (Reuters) - Prime Minister Narendra Modi and President Vladimir Putin held the 22nd India-Russia annual summit at Novo-Ogaryovo in Moscow on 8-9 July 2024, their first meeting since the war in Ukraine began.

        Bilateral trade reached $65 billion last year, driven by Russian crude oil, officials said.
        """);

    /// <summary>Recalls the July 2024 Moscow visit (month precision only) and the RELOS agreement by its acronym alone.</summary>
    public static readonly string MoscowVisitRecalled = Published("2025-05-10", """
        Modi's Moscow visit still shapes ties

        Modi's July 2024 visit to Moscow, where he embraced Putin, underscored the bond between India and Russia.

        India and Russia signed the RELOS logistics agreement in February, officials recalled.
        """);

    /// <summary>The informal dinner before the 22nd summit, dated only by "on Monday" against its published date.</summary>
    public static readonly string NovoOgaryovoDinner = Published("2024-07-09", """
        Modi and Putin dine at Novo-Ogaryovo

        Modi and Putin had an informal meeting on Monday at Novo-Ogaryovo, Moscow, on the eve of the 22nd India-Russia annual summit.
        """);

    /// <summary>The same informal meeting with no date of its own: the article is dated by the meeting it reports.</summary>
    public static readonly string NovoOgaryovoUndated = """
        Modi meets Putin at Novo-Ogaryovo

        Prime Minister Narendra Modi and President Vladimir Putin had an informal meeting on Monday at Putin's residence in Novo-Ogaryovo, Moscow. It is Modi's first visit to Russia since the invasion of Ukraine in 2022.
        """;

    /// <summary>RELOS ratified by the Duma, named in full with its acronym.</summary>
    public static readonly string RelosRatified = Published("2025-11-20", """
        Duma ratifies logistics pact with India

        Russia's State Duma ratified the Reciprocal Exchange of Logistic Support (RELOS) agreement with India on Tuesday.

        The pact lets the two militaries use each other's bases for refuelling and repairs.
        """);

    /// <summary>Says the last summit was in 2021, which the Moscow summit of 2024 contradicts; has the same trade figure as <see cref="MoscowSummit"/>.</summary>
    public static readonly string LastSummitIn2021 = Published("2025-11-20", """
        Russia and India look to settle trade in national currencies

        The last Modi–Putin summit took place in 2021, Russian media said.

        Bilateral trade reached $65 billion, the foreign ministry said.
        """);

    /// <summary>The S-400 contract signed at the 19th annual summit in New Delhi, a wire story with a dated dateline.</summary>
    public static readonly string S400Deal = """
        India, Russia sign S-400 deal as Putin visits New Delhi

        NEW DELHI, 5 Oct 2018 (Reuters) - India and Russia signed a $5.43 billion deal for the S-400 air defence system on Friday as Prime Minister Narendra Modi hosted President Vladimir Putin for the 19th India-Russia annual summit in New Delhi.

        The S-400 purchase risks U.S. sanctions under the CAATSA law, analysts said.
        """;

    /// <summary>Talks on the sidelines of the BRICS summit in Kazan, 22 October 2024.</summary>
    public static readonly string KazanBrics = """
        Modi and Putin meet on BRICS sidelines in Kazan

        KAZAN, 22 October 2024 (Reuters) - Prime Minister Narendra Modi held bilateral talks with President Vladimir Putin on the sidelines of the BRICS summit in Kazan on Tuesday.

        The two leaders discussed the war in Ukraine and payments in national currencies.
        """;

    /// <summary>The informal summit in Sochi, 21 May 2018, with an oil figure.</summary>
    public static readonly string SochiInformalSummit = """
        Modi and Putin meet informally in Sochi

        SOCHI, 21 May 2018 (Reuters) - Prime Minister Narendra Modi and President Vladimir Putin held an informal summit in the Black Sea resort of Sochi on Monday.

        India imported about 1.75 million barrels of Russian oil, officials said.
        """;

    /// <summary>Talks with neither a date nor a place: a meeting of its own.</summary>
    public static readonly string UndatedTalks = """
        Modi and Putin hold wide-ranging talks

        Prime Minister Narendra Modi and President Vladimir Putin held wide-ranging talks on economic cooperation, the two governments said.
        """;

    /// <summary>Putin's visit to New Delhi on 4 December 2025, with an agreement on skilled workers.</summary>
    public static readonly string PutinInNewDelhi = Published("2025-12-06", """
        Putin and Modi hold talks in New Delhi

        NEW DELHI, 5 December 2025 (Reuters) - President Vladimir Putin and Prime Minister Narendra Modi held talks in New Delhi on 4 December 2025.

        The two sides signed an agreement on the mobility of skilled workers.
        """);

    /// <summary>Reactors at Kudankulam: "Kudankulam" is in no other article.</summary>
    public static readonly string KudankulamReactors = Published("2025-03-14", """
        Russia to build two more reactors at Kudankulam

        India and Russia agreed to build two more nuclear reactors at Kudankulam in Tamil Nadu, Rosatom said on Thursday.
        """);

    /// <summary>The Kudankulam story rewritten for another site: "Kudankulam" gone, "Kovvada" new.</summary>
    public static readonly string KovvadaReactors = Published("2025-03-14", """
        Russia offers reactors for a new site at Kovvada

        India and Russia agreed to study six nuclear reactors at Kovvada in Andhra Pradesh, Rosatom said on Thursday.
        """);

    /// <summary>Trade in rupees and roubles; reactors only in passing, in the body.</summary>
    public static readonly string RupeeTrade = Published("2025-02-03", """
        India and Russia settle more trade in rupees

        India and Russia settled more of their bilateral trade in rupees and roubles last year, bankers said. Officials also discussed fuel for reactors.
        """);

    /// <summary>Neither India nor Russia.</summary>
    public static readonly string Unrelated = """
        Brazil and France sign a cooking pact

        Chefs from Rio and Lyon met on Tuesday to share recipes. The pact covers cheese and coffee.
        """;

    /// <summary>Curly quotes, a dash and an accent: what a Windows-1252 file holds when it was not saved as UTF-8.</summary>
    public static readonly string Fertiliser = """
        India and Russia sign fertiliser deal

        NEW DELHI, 12 March 2024 – Prime Minister Modi’s government and Moscow signed a long-term fertiliser deal, officials said at a café near the Russian embassy.
        """;

    /// <summary>An editors' brief in Markdown: the planned visit of 4 December 2025.</summary>
    public static readonly string EditorsBrief = """
        # Putin’s visit to New Delhi

        President Vladimir Putin will travel to New Delhi for the annual summit with Prime Minister Narendra Modi on 4 December 2025, the Kremlin said.
        """;

    private static readonly (int Ordinal, DateOnly Date, string City, string PrimeMinister, string Agreement, decimal TradeBillions)[] Summits =
    [
        (14, new(2013, 10, 21), "Moscow", "Manmohan Singh", "the Kudankulam nuclear power plant", 10m),
        (15, new(2014, 12, 11), "New Delhi", "Narendra Modi", "the supply of crude oil by Rosneft", 9.5m),
        (16, new(2015, 12, 24), "Moscow", "Narendra Modi", "Kamov Ka-226 helicopters", 7.8m),
        (17, new(2016, 10, 15), "Goa", "Narendra Modi", "S-400 air defence systems", 7.7m),
        (18, new(2017, 6, 1), "St Petersburg", "Narendra Modi", "two more reactors at Kudankulam", 10.7m),
        (19, new(2018, 10, 5), "New Delhi", "Narendra Modi", "the S-400 air defence system", 11m),
        (20, new(2019, 9, 4), "Vladivostok", "Narendra Modi", "the Chennai-Vladivostok maritime corridor", 11.5m),
        (21, new(2021, 12, 6), "New Delhi", "Narendra Modi", "the manufacture of AK-203 rifles", 13m),
        (22, new(2024, 7, 9), "Moscow", "Narendra Modi", "investment in the Russian Far East", 65m),
        (23, new(2025, 12, 5), "New Delhi", "Narendra Modi", "the mobility of skilled workers", 68.7m),
    ];

    /// <summary>
    /// The <paramref name="number"/>th (from 1) of ten wire stories on the annual summits of 2013–2025, each with one
    /// summit, one agreement signed there and one trade figure, and a title naming its ordinal and city.
    /// </summary>
    public static string AnnualSummit(int number)
    {
        var (ordinal, date, city, primeMinister, agreement, trade) = Summits[number - 1];
        var day = date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return Published(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"""
            {primeMinister.Split(' ')[^1]} and Putin hold {Ordinal(ordinal)} annual summit in {city}

            {city.ToUpperInvariant()}, {day} - Prime Minister {primeMinister} and President Vladimir Putin held the {Ordinal(ordinal)} India-Russia annual summit in {city} on {day}, officials said.

            The two sides signed an agreement on {agreement}. Bilateral trade stood at ${trade.ToString(CultureInfo.InvariantCulture)} billion.
            """);
    }

    /// <summary>The title <see cref="AnnualSummit"/> gives the <paramref name="number"/>th article.</summary>
    public static string AnnualSummitTitle(int number) => AnnualSummit(number).Split('\n')[3];

    /// <summary>Writes <see cref="AnnualSummit"/> articles <paramref name="first"/> to <paramref name="last"/> as a01.txt, a02.txt, … and returns the folder.</summary>
    public static string WriteAnnualSummits(string folder, int first = 1, int last = 10)
    {
        for (var number = first; number <= last; number++)
        {
            Write(folder, AnnualSummitFile(number), AnnualSummit(number));
        }
        return folder;
    }

    public static string AnnualSummitFile(int number) => $"a{number:00}.txt";

    /// <summary>The text with a front-matter block giving its published date.</summary>
    public static string Published(string date, string text) => $"---\npublished: {date}\n---\n{text}\n";

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark and returns the folder.</summary>
    public static string Write(string folder, string name, string text)
    {
        File.WriteAllText(Path.Combine(folder, name), text.EndsWith('\n') ? text : text + "\n", new UTF8Encoding(false));
        return folder;
    }

    private static string Ordinal(int n) => (n % 100, n % 10) switch
    {
        ( >= 11 and <= 13, _) => $"{n}th",
        (_, 1) => $"{n}st",
        (_, 2) => $"{n}nd",
        (_, 3) => $"{n}rd",
        _ => $"{n}th",
    };
}
