using System.Text.RegularExpressions;

namespace Enf.ClusterProfiles.Validation;

/// <summary>Checks of single values shared by several rules.</summary>
internal static partial class ValueChecks
{
    /// <summary>
    /// An e-mail address as profile-v1 (revision 1.1) defines it: <c>local@domain</c>, no white space, the domain
    /// with at least one dot and a top-level part of two or more letters (<c>info@cluster</c> is not an address).
    /// </summary>
    public const string EmailPattern = @"^[^@\s]+@(?:[^@\s.]+\.)+[A-Za-z]{2,}$";

    /// <summary>Whether a text is an e-mail address (<see cref="EmailPattern"/>).</summary>
    public static bool IsEmail(string? value) => value is not null && Email().IsMatch(value);

    [GeneratedRegex(EmailPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    /// <summary>An absolute http or https URL with a host.</summary>
    public static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
        && !value!.Any(char.IsWhiteSpace);

    /// <summary>International format: <c>+</c>, then digits, spaces or hyphens, with 8–20 digits.</summary>
    public static bool IsInternationalPhone(string? value)
    {
        if (value is null || value.Length < 2 || value[0] != '+' || !char.IsAsciiDigit(value[1]))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in value.AsSpan(1))
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c != ' ' && c != '-')
            {
                return false;
            }
        }

        return digits is >= 8 and <= 20;
    }

    /// <summary>A string that holds a character other than white space.</summary>
    public static bool IsFilled(string? value) => !string.IsNullOrWhiteSpace(value);
}
