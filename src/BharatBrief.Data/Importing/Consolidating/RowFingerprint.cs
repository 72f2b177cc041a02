using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// Hashes the values a row stores, as the EF Core model converts them (JSON columns included), leaving out the
/// key, the slug and the fingerprint itself. Two rows with the same fingerprint store the same values.
/// </summary>
internal sealed class RowFingerprint<T>
    where T : class
{
    private static readonly string[] Excluded = ["Id", "Slug", "Fingerprint"];

    private readonly (IClrPropertyGetter Getter, ValueConverter? Converter)[] _columns;

    public RowFingerprint(BharatBriefDbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        _columns = [.. entityType.GetProperties()
            .Where(property => !Excluded.Contains(property.Name))
            .OrderBy(property => property.Name, StringComparer.Ordinal)
            .Select(property => (property.GetGetter(), property.GetTypeMapping().Converter))];
    }

    public string Of(T row)
    {
        var text = new StringBuilder();
        foreach (var (getter, converter) in _columns)
        {
            var value = getter.GetClrValue(row);
            var stored = value is null ? null : converter?.ConvertToProvider(value) ?? value;
            // A separator that no value contains keeps the columns apart; null differs from every value.
            text.Append(stored is null ? "\u0000" : Convert.ToString(stored, CultureInfo.InvariantCulture)).Append('\u001F');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
