using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Editing;

/// <summary>The structured events of editors' work (who did what to which brief or record item; never the text).</summary>
internal static partial class EditingLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Brief {BriefId} {Action} by {User}")]
    public static partial void BriefSaved(ILogger logger, int briefId, string action, string user);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Brief {BriefId}: save by {User} on version {ExpectedVersion} conflicts with version {CurrentVersion}")]
    public static partial void BriefConflict(ILogger logger, int briefId, string user, int expectedVersion, int currentVersion);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Correction {Action} to {Subject} by {User}")]
    public static partial void Corrected(ILogger logger, string action, string subject, string user);
}
