using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Data.Accounts;

public static class AccountServiceCollectionExtensions
{
    /// <summary>
    /// Identity's user and role stores on the BharatBrief store, for hosts without sign-in (the command line). The
    /// site adds sign-in on top with the same rules (<see cref="AccountPolicies"/>).
    /// </summary>
    public static IServiceCollection AddBharatBriefAccounts(this IServiceCollection services)
    {
        services.AddBharatBriefStoreContext();
        services.AddIdentityCore<IdentityUser>(AccountPolicies.Configure)
            .AddRoles<IdentityRole>()
            .AddAccountRules()
            .AddEntityFrameworkStores<BharatBriefDbContext>();
        services.AddScoped<UserAccounts>();
        return services;
    }

    /// <summary>A context per scope, from the pooled factory, for services that want one injected (Identity's stores).</summary>
    public static IServiceCollection AddBharatBriefStoreContext(this IServiceCollection services)
    {
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>().CreateDbContext());
        return services;
    }
}
