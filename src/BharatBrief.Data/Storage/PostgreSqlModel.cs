using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BharatBrief.Data.Storage;

/// <summary>What the model needs on PostgreSQL only; the SQLite model (and its migrations) stays as it is.</summary>
internal static class PostgreSqlModel
{
    // timestamptz takes only UTC times; times made without a kind (parsed, or read back from SQLite) are UTC here.
    private static readonly ValueConverter<DateTime, DateTime> AsUtc = new(
        value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => value);

    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(type => type.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime) && property.GetValueConverter() is null)
            {
                property.SetValueConverter(AsUtc);
            }
        }
    }
}
