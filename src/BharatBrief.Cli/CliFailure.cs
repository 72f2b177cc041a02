namespace BharatBrief.Cli;

/// <summary>A problem the user can fix (a missing folder, an unusable database), reported as one line without a stack trace.</summary>
internal sealed class CliFailure(string message) : Exception(message);
