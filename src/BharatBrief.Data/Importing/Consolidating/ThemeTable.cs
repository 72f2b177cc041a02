namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>The table linking rows of one kind to themes: its owner column and how to make a link.</summary>
internal sealed record ThemeTable<TTheme>(string OwnerColumn, Func<int, string, TTheme> Link);
