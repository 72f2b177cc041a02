using BharatBrief.Data;

namespace BharatBrief.Web.Hosting;

/// <summary>The connection string of the store the site reads, for the services that open connections of their own.</summary>
public sealed record StoreConnection(string ConnectionString, StoreProvider Provider = StoreProvider.Sqlite)
{
    public StoreLocation Location => new(Provider, ConnectionString);
}
