namespace BharatBrief.Web.Api.Models;

/// <summary>A sentence of an article, with the link to it.</summary>
public sealed record QuoteDto(int Sentence, string Text, string Url);
