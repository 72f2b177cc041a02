namespace BharatBrief.Data.Importing;

/// <summary>Something about a file that was stored anyway (a guessed encoding, an unreadable sidecar).</summary>
public sealed record FileWarning(string File, string Message);
