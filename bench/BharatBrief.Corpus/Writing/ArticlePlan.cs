using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus.Writing;

/// <summary>What one article will say before any word is written.</summary>
/// <param name="Focus">The meeting the article is about.</param>
/// <param name="Date">The day it is written; relative dates in it are true from this day.</param>
/// <param name="Themes">Theme slugs of docs/domain.md, the main one first.</param>
/// <param name="Recalled">Earlier meetings it brings up as background.</param>
/// <param name="Agreements">Agreements it names, each with what it says of them.</param>
/// <param name="TargetLength">About how many characters the article runs to.</param>
public sealed record ArticlePlan(
    int Index,
    Meeting Focus,
    Stance Stance,
    DateOnly Date,
    Layout Layout,
    IReadOnlyList<string> Themes,
    IReadOnlyList<Meeting> Recalled,
    IReadOnlyList<Agreement> Agreements,
    int TargetLength);
