namespace BharatBrief.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run started and failed: the store stopped accepting writes, or an unexpected error.</summary>
    public const int Failed = 1;

    /// <summary>The input cannot be used: a missing folder, an unusable database or output path.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
