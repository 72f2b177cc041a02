using System.Collections.Frozen;
using System.Text;

namespace BharatBrief.Data.Storage;

/// <summary>
/// Kebab-case names for enumerations that docs/domain.md gives no slugs (<c>PlainText</c> → "plain-text"), so that
/// stored values read like the domain slugs and do not depend on the enums' numeric order.
/// </summary>
internal static class KebabNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names = Enum.GetValues<T>().ToFrozenDictionary(value => value, value => Kebab(value.ToString()));

    private static readonly FrozenDictionary<string, T> Values = Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public static string Of(T value) => Names[value];

    public static T Parse(string name) =>
        Values.TryGetValue(name, out var value) ? value : throw new InvalidDataException($"'{name}' is not a stored {typeof(T).Name}.");

    private static string Kebab(string pascal)
    {
        var kebab = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                kebab.Append('-');
            }
            kebab.Append(char.ToLowerInvariant(pascal[i]));
        }
        return kebab.ToString();
    }
}
