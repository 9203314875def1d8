using System.Globalization;
using System.Text;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>
/// Text from a profile, made safe for a terminal: control characters (escape sequences, carriage returns,
/// backspaces) and bidirectional overrides are shown as visible <c>\uXXXX</c> escapes, so a profile cannot
/// change colours, move the cursor or hide lines; Spectre markup is escaped by the caller.
/// </summary>
internal static class SafeText
{
    public static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                safe ??= new StringBuilder(text, 0, i, text.Length + 16);
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                safe?.Append(c);
            }
        }

        return safe?.ToString() ?? text;
    }

    /// <summary>Printable text with Spectre markup characters escaped.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Printable(text));

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u200E' or '\u200F' or '\u061C'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
