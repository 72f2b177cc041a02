namespace BharatBrief.Corpus.Writing;

/// <summary>Fictional analysts and the institutes they speak for, so that every article quotes different people.</summary>
public static class Analysts
{
    public static string Name(Phrasebook book, Random random)
    {
        var russian = random.Next(3) == 0;
        var side = russian ? "russian" : "indian";
        var title = random.Next(3) == 0 ? "Dr. " : "";
        return $"{title}{book.Pick($"name.first.{side}", random)} {book.Pick($"name.last.{side}", random)}";
    }

    /// <summary>"Strategic expert Dr. Vibhor Kashyap" or "Anita Rao, a senior fellow at the Centre for Eurasian Studies".</summary>
    public static string Describe(Phrasebook book, Random random) => random.Next(2) == 0
        ? $"{Template.Capitalise(book.Pick("analyst.role", random))} {Name(book, random)}"
        : $"{Name(book, random)}, {book.Pick("analyst.position", random)} {book.Pick("analyst.institute", random)}";
}
