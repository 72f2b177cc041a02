using System.Net;
using BharatBrief.Data.Accounts;
using BharatBrief.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>The site with a password hasher that counts its checks.</summary>
public sealed class CountingHasherSiteFixture : SiteFixture
{
    public CountingHasherSiteFixture()
    {
        Factory.Settings[BharatBrief.Web.Security.SignInRateLimit.Setting] = "1000";
        Factory.TestServices.Add(services =>
        {
            services.AddSingleton(Hasher);
            services.AddSingleton<IPasswordHasher<IdentityUser>>(Hasher);
        });
    }

    public CountingHasher Hasher { get; } = new();
}

/// <summary>Identity's hasher, counting how many passwords it checked.</summary>
public sealed class CountingHasher : IPasswordHasher<IdentityUser>
{
    private readonly PasswordHasher<IdentityUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>
/// A sign-in for an unknown address costs one password check, as a wrong password for an existing account does, so
/// the time of the answer does not tell which addresses have accounts.
/// </summary>
public sealed class TimingTests(CountingHasherSiteFixture site) : IClassFixture<CountingHasherSiteFixture>
{
    [Fact]
    public async Task An_unknown_address_and_a_wrong_password_each_cost_one_password_check()
    {
        await EditorClient.CreateAccountAsync(site.Factory, "timed@example.org", EditorRoles.Editor);
        using var client = EditorClient.Anonymous(site.Factory, "192.0.2.44");

        var before = site.Hasher.Verifications;
        using (var wrong = await client.SignInAsync("timed@example.org", "wrong password 12"))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var forWrongPassword = site.Hasher.Verifications - before;

        before = site.Hasher.Verifications;
        using (var unknown = await client.SignInAsync("no-such-editor@example.org", "wrong password 12"))
        {
            Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        }
        var forUnknownAddress = site.Hasher.Verifications - before;

        Assert.Equal(1, forWrongPassword);
        Assert.Equal(forWrongPassword, forUnknownAddress);
    }
}
