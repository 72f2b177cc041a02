using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BharatBrief.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without an application host (docs/store.md).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BharatBriefDbContext>
{
    public BharatBriefDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BharatBriefDbContext>();
        options.UseBharatBrief(BharatBriefDatabase.ConnectionStringFor("design-time.db"));
        return new BharatBriefDbContext(options.Options);
    }
}
