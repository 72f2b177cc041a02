using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus;

/// <summary>One article of the corpus: the file name it is written under (.txt or .md), its text and its layout.</summary>
public sealed record GeneratedArticle(string FileName, string Text, Layout Layout);
