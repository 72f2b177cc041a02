using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BharatBrief.Data.Storage;

/// <summary>
/// Stores enumerations as text: the slugs where docs/domain.md defines them ("annual-summit", "in-force"),
/// kebab-case names otherwise. Readers of the database and the export see the same words.
/// </summary>
internal static class EnumConverters
{
    public static readonly ValueConverter<SummitKind, string> SummitKind = new(value => value.ToSlug(), slug => ParseSummitKind(slug));

    public static readonly ValueConverter<SummitStatus, string> SummitStatus = new(value => value.ToSlug(), slug => ParseSummitStatus(slug));

    public static readonly ValueConverter<AgreementKind, string> AgreementKind = new(value => value.ToSlug(), slug => ParseAgreementKind(slug));

    public static readonly ValueConverter<AgreementStatus, string> AgreementStatus = new(value => value.ToSlug(), slug => ParseAgreementStatus(slug));

    public static ValueConverter<T, string> Kebab<T>()
        where T : struct, Enum => new(value => KebabNames<T>.Of(value), name => KebabNames<T>.Parse(name));

    public static SummitKind ParseSummitKind(string slug) => Slugs.TryParse(slug, out SummitKind value) ? value : throw Unknown(slug);

    public static SummitStatus ParseSummitStatus(string slug) => Slugs.TryParse(slug, out SummitStatus value) ? value : throw Unknown(slug);

    public static AgreementKind ParseAgreementKind(string slug) => Slugs.TryParse(slug, out AgreementKind value) ? value : throw Unknown(slug);

    public static AgreementStatus ParseAgreementStatus(string slug) => Slugs.TryParse(slug, out AgreementStatus value) ? value : throw Unknown(slug);

    private static InvalidDataException Unknown(string slug) => new($"'{slug}' is not a slug of docs/domain.md.");
}
