using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BharatBrief.Data.Entities;
using BharatBrief.Data.Importing.Consolidating;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BharatBrief.Data.Tests.Importing;

public sealed class RowFingerprintTests
{
    [Fact]
    public async Task A_json_column_hashed_as_its_serializer_writes_it_gives_the_fingerprint_of_its_stored_text()
    {
        using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var db = await store.Contexts.CreateDbContextAsync();
        // Quotes with dashes, curly quotes, other scripts and a character outside the basic plane, long enough to be
        // written in several buffers; a null column and an empty list beside them.
        var quote = string.Concat(Enumerable.Repeat("Modi and Putin — “a special and privileged” партнёрство, 𝄞 ", 2_000));
        var agreement = new Agreement
        {
            Slug = "s400",
            Name = "S-400 Triumf contract",
            Aliases = ["S-400", "Триумф"],
            Kind = AgreementKind.Contract,
            Status = AgreementStatus.Signed,
            Date = null,
            History = [.. Enumerable.Range(0, 40).Select(i => new StoredStatusChange("signed", i, i % 3, new StoredEvidence(i, 0, quote.Length, quote + i), i % 2 == 0 ? "2018-10" : null))],
            ConfidenceNotes = [],
        };

        Assert.Equal(ByStoredText(db, agreement), new RowFingerprint<Agreement>(db).Of(agreement));
        agreement.History = [];
        Assert.Equal(ByStoredText(db, agreement), new RowFingerprint<Agreement>(db).Of(agreement));
    }

    /// <summary>The fingerprint as each column's stored text makes it: every column but the key, slug and fingerprint, by name.</summary>
    private static string ByStoredText<T>(BharatBriefDbContext db, T row)
        where T : class
    {
        var text = new StringBuilder();
        foreach (var property in db.Model.FindEntityType(typeof(T))!.GetProperties()
            .Where(property => property.Name is not ("Id" or "Slug" or "Fingerprint"))
            .OrderBy(property => property.Name, StringComparer.Ordinal))
        {
            var value = property.GetGetter().GetClrValue(row);
            var stored = value is null ? null : property.GetTypeMapping().Converter is ValueConverter converter ? converter.ConvertToProvider(value) : value;
            text.Append(stored is null ? "\u0000" : Convert.ToString(stored, CultureInfo.InvariantCulture)).Append('\u001F');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
