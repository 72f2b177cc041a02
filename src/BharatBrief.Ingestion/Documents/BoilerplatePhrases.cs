namespace BharatBrief.Ingestion.Documents;

/// <summary>The words of site furniture, lower case: what <see cref="BoilerplateDetector"/> looks for.</summary>
internal static class BoilerplatePhrases
{
    /// <summary>How a plug or credit line opens.</summary>
    public static readonly string[] PlugOpenings =
    [
        "subscribe", "sign up", "signup", "get the latest", "follow us", "join our", "join us on", "download the",
        "download our", "click here", "also read", "read also", "read more", "more from", "related:", "related stories",
        "related articles", "related news", "recommended for you", "recommended stories", "recommended:",
        "you may also like", "you might also like", "share this", "share on", "©", "copyright", "(c) ", "all rights reserved",
        "found this", "bookmark", "like this article", "liked this", "enjoyed this", "did you like", "don't miss",
        "don’t miss", "for more news", "for the latest", "stay updated", "stay tuned", "stay informed", "we are now on",
        "catch all the", "tap to follow", "leave a comment", "post a comment", "write a comment", "view comments",
        "advertisement", "sponsored", "tags:", "topics:", "reporting by", "additional reporting by", "editing by",
        "writing by", "compiled by", "edited by", "written by", "published by", "with inputs from", "(with inputs from",
        "(with agency inputs", "(inputs from",
    ];

    /// <summary>Publication stamps, which are kept: they date the story.</summary>
    public static readonly string[] Stamps = ["published on", "published:", "updated on", "updated:", "first published", "last updated"];

    /// <summary>Calls to action no article sentence makes, wherever they stand in the line.</summary>
    public static readonly string[] PlugPhrases =
    [
        "follow us on", "follow us for", "follow us at", "subscribe to our", "our newsletter", "whatsapp channel",
        "telegram channel", "download the app", "download our app", "all rights reserved", "bookmark this page", "bookmark us",
        "click here to",
    ];

    /// <summary>Words that make a "By the …" line a byline rather than a heading ("By the Numbers").</summary>
    public static readonly string[] BylineWords = ["desk", "staff", "correspondent", "bureau", "team", "reporter", "editor", "agencies", "news"];

    /// <summary>Short widget labels that make up a whole line.</summary>
    public static readonly string[] Widgets =
    [
        "comments", "comment", "share", "print", "email", "whatsapp", "facebook", "twitter", "linkedin", "telegram",
        "advertisement", "advertisment", "ad", "sponsored", "trending", "related", "read more",
    ];

    /// <summary>How an interstitial link opens; a separator or the end of the line follows.</summary>
    public static readonly string[] InterstitialOpenings =
    [
        "also read", "read also", "read more", "must read", "also watch", "related story", "related:", "recommended:",
    ];

    /// <summary>Whole-line interstitials, dropped wherever they stand.</summary>
    public static readonly string[] Interstitials =
    [
        "advertisement", "advertisment", "ad", "sponsored", "story continues below", "story continues below advertisement",
        "continue reading below", "scroll to continue", "scroll to continue with content", "article continues below",
    ];
}
