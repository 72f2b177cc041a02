using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BharatBrief.Data.Storage;
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
        // Hashed a column at a time, and a JSON column as its serializer writes it: an agreement's history alone can be
        // megabytes of JSON, which as one string (and its bytes) would be copied twice over for nothing.
        using var sha = SHA256.Create();
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(SliceChars));
        try
        {
            using (var hash = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write, leaveOpen: true))
            {
                foreach (var (getter, converter) in _columns)
                {
                    var value = getter.GetClrValue(row);
                    if (value is not null && converter is JsonColumn.IUtf8Writer json)
                    {
                        json.WriteUtf8(value, hash);
                    }
                    else
                    {
                        var stored = value is null ? null : converter?.ConvertToProvider(value) ?? value;
                        // A separator that no value contains keeps the columns apart; null differs from every value.
                        Append(hash, buffer, stored is null ? "\u0000" : Convert.ToString(stored, CultureInfo.InvariantCulture) ?? "");
                    }
                    Append(hash, buffer, "\u001F");
                }
            }
            return Convert.ToHexStringLower(sha.Hash!);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const int SliceChars = 8192;

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, a slice at a time (never splitting a surrogate pair).</summary>
    private static void Append(Stream hash, byte[] buffer, string text)
    {
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var length = Math.Min(SliceChars, rest.Length);
            if (length < rest.Length && char.IsHighSurrogate(rest[length - 1]))
            {
                length--;
            }
            var written = Encoding.UTF8.GetBytes(rest[..length], buffer);
            hash.Write(buffer, 0, written);
            rest = rest[length..];
        }
    }
}
