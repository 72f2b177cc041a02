using Microsoft.Data.Sqlite;

namespace BharatBrief.Data.Tests.Store;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Database=bharatbrief;Username=bharatbrief", StoreProvider.PostgreSql)]
    [InlineData("host=db.example;database=bharatbrief;username=reader;password=secret", StoreProvider.PostgreSql)]
    [InlineData("bharatbrief.db", StoreProvider.Sqlite)]
    [InlineData("/var/lib/bharatbrief/store.db", StoreProvider.Sqlite)]
    [InlineData("weird=name.db", StoreProvider.Sqlite)]
    [InlineData("Database=bharatbrief;Username=reader", StoreProvider.Sqlite)]
    public void The_db_argument_is_a_PostgreSQL_connection_string_when_it_names_a_host_and_else_a_file(string argument, StoreProvider expected)
    {
        var location = StoreLocation.FromDbArgument(argument, SqliteOpenMode.ReadWrite);

        Assert.Equal(expected, location.Provider);
        if (expected == StoreProvider.Sqlite)
        {
            Assert.Equal(argument, new SqliteConnectionStringBuilder(location.ConnectionString).DataSource);
        }
        else
        {
            Assert.Equal(argument, location.ConnectionString);
        }
    }

    [Fact]
    public void A_connection_string_is_shown_without_its_password()
    {
        var location = StoreLocation.FromDbArgument("Host=db.example;Database=bharatbrief;Username=reader;Password=secret");

        Assert.DoesNotContain("secret", location.Display, StringComparison.Ordinal);
        Assert.Contains("Host=db.example", location.Display, StringComparison.Ordinal);
    }
}
