using System.Text;
using System.Text.Unicode;

namespace BharatBrief.Data.Importing.Files;

/// <summary>Turns a file's bytes into text, or says they are not text.</summary>
internal static class TextDecoder
{
    /// <summary>Above this share of control characters a file is data, not prose (text has a few tabs at most).</summary>
    private const double MaxControlShare = 0.05;

    private static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        // .NET ships only the Unicode and Latin-1 encodings; the code-page provider adds Windows-1252.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public const string Latin1Warning = "not valid UTF-8; read as Windows-1252";

    /// <summary>
    /// The text of <paramref name="bytes"/>: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark,
    /// else Windows-1252 with a warning. False when the bytes are binary.
    /// </summary>
    public static bool TryDecode(byte[] bytes, out string text, out string? warning)
    {
        warning = null;
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = (span[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(span[2..]);
            return !IsBinary(text);
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        text = "";
        if (IsBinary(span))
        {
            return false;
        }
        if (Utf8.IsValid(span))
        {
            text = Utf8Strict.GetString(span);
            return true;
        }
        text = Windows1252.Value.GetString(span);
        warning = Latin1Warning;
        return true;
    }

    /// <summary>True for NUL characters or a high share of control characters.</summary>
    public static bool IsBinary(ReadOnlySpan<char> text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }
            control += IsControl(c) ? 1 : 0;
        }
        return control > text.Length * MaxControlShare;
    }

    private static bool IsBinary(ReadOnlySpan<byte> bytes)
    {
        var control = 0;
        foreach (var b in bytes)
        {
            if (b == 0)
            {
                return true;
            }
            control += IsControl((char)b) ? 1 : 0;
        }
        return control > bytes.Length * MaxControlShare;
    }

    private static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\x7F';
}
