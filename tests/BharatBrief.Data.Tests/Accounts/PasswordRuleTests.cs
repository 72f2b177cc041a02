using BharatBrief.Data.Accounts;
using BharatBrief.Data.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Data.Tests.Accounts;

/// <summary>The password rules as the command line registers them (the site registers the same through AddAccountRules).</summary>
public sealed class PasswordRuleTests
{
    [Fact]
    public async Task Passwords_of_12_to_128_characters_are_taken_as_typed_and_longer_ones_refused()
    {
        using var temp = new TempFolder();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddBharatBriefData(BharatBriefDatabase.ConnectionStringFor(temp.File("store.db")))
            .AddBharatBriefAccounts()
            .BuildServiceProvider();
        await services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<BharatBriefDbContext>>().MigrateAsync();
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var longest = "a1" + new string('x', AccountPolicies.MaxPasswordLength - 2);
        var padded = "  padded password 42  ";

        var tooLong = await accounts.CreateAsync("long@example.org", longest + "y", EditorRoles.Editor);
        var justRight = await accounts.CreateAsync("right@example.org", longest, EditorRoles.Editor);
        var withSpaces = await accounts.CreateAsync("spaces@example.org", padded, EditorRoles.Editor);

        Assert.Equal(["Passwords must be at most 128 characters."], tooLong);
        Assert.Empty(justRight);
        Assert.Empty(withSpaces);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = (await users.FindByNameAsync("spaces@example.org"))!;
        Assert.True(await users.CheckPasswordAsync(user, padded));
        Assert.False(await users.CheckPasswordAsync(user, padded.Trim()));
    }
}
