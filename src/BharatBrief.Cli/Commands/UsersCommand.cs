using System.CommandLine;
using BharatBrief.Data;
using BharatBrief.Data.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Cli.Commands;

/// <summary>
/// <c>users add &lt;email&gt; --role admin|editor --db &lt;file&gt;</c>: creates an editors' account. The password comes
/// from the environment variable <see cref="PasswordVariable"/> or, failing that, the first line of standard input —
/// never from an argument, which the shell history and the process list would keep.
/// </summary>
internal static class UsersCommand
{
    public const string PasswordVariable = "BHARATBRIEF_PASSWORD";

    public static Command Create()
    {
        var database = CliOptions.Database();
        var email = new Argument<string>("email") { Description = "The account's e-mail address, which is also its user name." };
        var role = new Option<string>("--role") { Description = "editor or admin.", DefaultValueFactory = _ => EditorRoles.Editor };
        role.AcceptOnlyFromAmong([.. EditorRoles.All]);
        var add = new Command("add", $"Create an account. The password ({AccountPolicies.PasswordRules}, taken as typed) is read from ${PasswordVariable} or from standard input.")
        {
            email,
            role,
            database,
        };
        add.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, "users add", async (output, error, verbose) =>
        {
            var databasePath = parseResult.GetValue(database)!;
            var password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : await Console.In.ReadLineAsync(cancellationToken)
                    ?? throw new CliFailure($"Give the password in ${PasswordVariable} or on standard input.");
            await using var services = new ServiceCollection()
                .AddLogging(logging => logging.AddCliLogging(verbose))
                .AddBharatBriefData(StoreLocation.FromDbArgument(databasePath, SqliteOpenMode.ReadWriteCreate))
                .AddBharatBriefAccounts()
                .BuildServiceProvider();
            await services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>().MigrateAsync(cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var problems = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(parseResult.GetValue(email)!, password, parseResult.GetValue(role)!);
            if (problems.Count > 0)
            {
                throw new CliFailure($"The account was not created: {string.Join(" ", problems)}");
            }
            await output.WriteLineAsync($"Created {parseResult.GetValue(role)} account {parseResult.GetValue(email)}.");
        }, databasePath: parseResult.GetValue(database)));
        return new Command("users", "Manage editors' accounts.") { add };
    }
}
