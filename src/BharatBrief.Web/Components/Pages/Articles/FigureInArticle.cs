using BharatBrief.Data.Entities;

namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>A figure the article gives and its sentence.</summary>
public sealed record FigureInArticle(string Value, string What, StoredEvidence Evidence);
