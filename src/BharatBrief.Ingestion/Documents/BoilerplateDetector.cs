namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Drops what sites wrap around a story: trailing plugs and widgets ("Comments", "Subscribe to …", "Get the latest
/// updates on …", "🧠 Found this insightful? … follow us"), and anywhere, interstitials ("Advertisement",
/// "Also read: …"). Prose that merely contains "follow" or "latest" stays: a plug opens with its call to action
/// or carries an unmistakable one ("follow us", "our newsletter"). A byline near the top ("By Jane Doe") goes too;
/// trailing publication stamps ("Published On: Dec 5, 2025") stay, since they date the story.
/// </summary>
internal static class BoilerplateDetector
{
    private const int MaxPlugWords = 100;
    private const int MaxWidgetWords = 4;
    private const int MaxInterstitialLength = 160;
    private const int MaxInterstitialPhrase = 40;
    private const int MaxStackChars = 1024;
    private const int MaxBylineWords = 8;
    private const int BylineReach = 3;

    public static void Apply(DocumentDraft draft)
    {
        for (var i = draft.Blocks.Count - 1; i > 0; i--)
        {
            var block = draft.Blocks[i];
            if (block.Kind == RawBlockKind.TableRow)
            {
                break;
            }
            if (IsStamp(draft.View(block)))
            {
                continue;
            }
            if (!IsPlug(draft.View(block)))
            {
                break;
            }
            block.Removed = true;
        }
        var top = 0;
        foreach (var block in draft.Blocks)
        {
            if (!block.Removed && top++ < BylineReach && block.Kind == RawBlockKind.Text && IsByline(draft.View(block)))
            {
                block.Removed = true;
                draft.BylinePlace ??= PlaceAndDate(draft.TextOf(block)) is { } dateline ? new Dateline(block.Span, dateline) : null;
            }
        }
        foreach (var block in draft.Blocks)
        {
            if (!block.Removed && block.Kind != RawBlockKind.TableRow && IsInterstitial(draft.View(block)))
            {
                block.Removed = true;
            }
        }
        foreach (var block in draft.Blocks)
        {
            if (block.Removed)
            {
                draft.DroppedBoilerplate.Add(draft.SourceOf(block));
            }
        }
    }

    public static bool IsPlug(ReadOnlySpan<char> text)
    {
        var words = TextShape.CountWords(text, MaxPlugWords);
        if (words > MaxPlugWords)
        {
            return false;
        }
        var bare = text.TrimEnd(".:!…|»>→ ");
        if (words <= MaxWidgetWords && (EqualsAny(bare, BoilerplatePhrases.Widgets) || IsCommentCount(bare)))
        {
            return true;
        }
        Span<char> lower = text.Length <= MaxStackChars ? stackalloc char[text.Length] : new char[text.Length];
        text.ToLowerInvariant(lower);
        return StartsWithAny(lower, BoilerplatePhrases.PlugOpenings) || ContainsAny(lower, BoilerplatePhrases.PlugPhrases);
    }

    public static bool IsInterstitial(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxInterstitialLength || char.ToLowerInvariant(text[0]) is not ('a' or 'r' or 'm' or 's' or 'c'))
        {
            return false;
        }
        var bare = text.TrimEnd(".:!…|»>→ ");
        if (bare.Length <= MaxInterstitialPhrase && EqualsAny(bare, BoilerplatePhrases.Interstitials))
        {
            return true;
        }
        Span<char> head = stackalloc char[Math.Min(text.Length, MaxInterstitialPhrase)];
        text[..head.Length].ToLowerInvariant(head);
        foreach (var opening in BoilerplatePhrases.InterstitialOpenings)
        {
            if (!((ReadOnlySpan<char>)head).StartsWith(opening, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = text[opening.Length..].TrimStart(' ');
            if (rest.IsEmpty || opening.EndsWith(':') || rest[0] is ':' or '|' or '-' or '–' or '—' or '»')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"By Jane Doe", "BY STAFF REPORTER", "By the BharatBrief desk · 5 min read".</summary>
    public static bool IsByline(ReadOnlySpan<char> text)
    {
        // "By our Special Correspondent | Samarkand | Sat 17 Sept 2022": the byline is the first field. A stamp among
        // the fields ("By Staff Reporter | Updated: 14 June 2024") keeps the line for the story's date.
        if (text.IndexOfAny(BylineFieldSeparators) is > 0 and var separator && text.Length - separator <= MaxBylineFieldsLength
            && !HasStampField(text[(separator + 1)..]))
        {
            text = text[..separator].TrimEnd(' ');
        }
        if (TextShape.CountWords(text, MaxBylineWords) > MaxBylineWords || TextShape.LastMark(text) is '.' or '?' or '!' or ':')
        {
            return false;
        }
        if (text.Contains("min read", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return text.Length > 3 && text[..3] is "By " or "BY "
            && (char.IsUpper(text[3]) || ContainsAny(text.ToString().ToLowerInvariant(), BoilerplatePhrases.BylineWords));
    }

    /// <summary>
    /// "By our Special Correspondent | Samarkand | Sat 17 Sept 2022", "By the Fact Check Desk | July 11, 2024": the
    /// fields after the byline's name are the story's dateline.
    /// </summary>
    private static string? PlaceAndDate(string byline)
    {
        var fields = byline.Split(BylineFieldSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 ? string.Join(", ", fields.Skip(1)) : null;
    }

    private const int MaxBylineFieldsLength = 60;

    private static bool HasStampField(ReadOnlySpan<char> fields)
    {
        foreach (var field in fields.ToString().Split(BylineFieldSeparators, StringSplitOptions.TrimEntries))
        {
            if (IsStamp(field))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly char[] BylineFieldSeparators = ['|', '·', '•'];

    /// <summary>"Published on 29 January 2022", "First published: 9 August 2017, 22:10 IST".</summary>
    public static bool IsStamp(ReadOnlySpan<char> text)
    {
        if (TextShape.CountWords(text, MaxBylineWords) > MaxBylineWords)
        {
            return false;
        }
        foreach (var stamp in BoilerplatePhrases.Stamps)
        {
            if (text.StartsWith(stamp, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCommentCount(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        return digits > 0 && text[digits..].Trim().StartsWith("comment", StringComparison.OrdinalIgnoreCase);
    }

    private static bool EqualsAny(ReadOnlySpan<char> text, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (text.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> lower, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (lower.StartsWith(candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> lower, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (lower.Contains(candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
