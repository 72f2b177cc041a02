namespace BharatBrief.Web.Security;

/// <summary>Sign-in events: who and the outcome, never a password or a cookie.</summary>
internal static partial class AccountLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Editor {Email} signed in")]
    public static partial void SignedIn(ILogger logger, string email);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Sign-in failed for {Email}: {Reason}")]
    public static partial void SignInFailed(ILogger logger, string email, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Editor {Email} signed out")]
    public static partial void SignedOut(ILogger logger, string email);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Sign-in attempts from one address over the limit; answered 429")]
    public static partial void SignInThrottled(ILogger logger);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Account {Email} created with role {Role} by {Admin}")]
    public static partial void AccountCreated(ILogger logger, string email, string role, string admin);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Account {Email} given role {Role} by {Admin}")]
    public static partial void RoleChanged(ILogger logger, string email, string role, string admin);
}
