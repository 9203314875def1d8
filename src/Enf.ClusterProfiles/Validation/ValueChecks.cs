using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Catalog;

namespace Enf.ClusterProfiles.Validation;

/// <summary>Checks of single values shared by several rules.</summary>
internal static partial class ValueChecks
{
    /// <summary>Whether a text is an e-mail address (the catalogue's <see cref="FieldCatalogV1.EmailPattern"/>).</summary>
    public static bool IsEmail(string? value) => value is not null && PatternScanners.IsEmail(value);

    [GeneratedRegex(FieldCatalogV1.EmailPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(FieldCatalogV1.PhonePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    /// <summary>
    /// Whether a value matches a catalogue pattern as a whole. The library's own three patterns (id, phone, e-mail)
    /// are read by scanners equal to them (a test compares each with its pattern over many texts), since the
    /// patterns were the dearest checks of a profile; any other pattern by its regular expression.
    /// </summary>
    public static Func<string, bool> Matcher(string pattern)
    {
        switch (pattern)
        {
            case FieldCatalogV1.IdPattern:
                return PatternScanners.IsSlug;
            case FieldCatalogV1.PhonePattern:
                return PatternScanners.IsPhone;
            case FieldCatalogV1.EmailPattern:
                return PatternScanners.IsEmail;
            default:
                var regex = Pattern(pattern);
                return value => MatchesWhole(regex, value);
        }
    }

    /// <summary>
    /// A catalogue pattern as a regular expression: the library's own patterns compiled with it (an interpreted
    /// one cost a phone number about 300 ns), any other interpreted.
    /// </summary>
    public static Regex Pattern(string pattern) => pattern switch
    {
        FieldCatalogV1.PhonePattern => Phone(),
        FieldCatalogV1.IdPattern => ProfileIds.Pattern(),
        FieldCatalogV1.EmailPattern => Email(),
        _ => new Regex(pattern, RegexOptions.CultureInvariant),
    };

    // The last address checked on this thread: a profile's website is checked by its rule and again by the
    // publication criteria, and parsing it as a Uri is the dearest check of a profile.
    [ThreadStatic]
    private static (string? Value, bool IsHttp) lastUrl;

    /// <summary>An absolute http or https URL with a host.</summary>
    public static bool IsHttpUrl(string? value)
    {
        if (value is not null && ReferenceEquals(value, lastUrl.Value))
        {
            return lastUrl.IsHttp;
        }

        var isHttp = IsHttpUrlParsed(value);
        lastUrl = (value, isHttp);
        return isHttp;
    }

    private static bool IsHttpUrlParsed(string? value) =>
        value is not null
        && value.StartsWith("http", StringComparison.OrdinalIgnoreCase) // most wrong values fail here, without a Uri
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
        && !HasWhiteSpace(value);

    private static bool HasWhiteSpace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a catalogue pattern matches the whole value. In .NET, <c>$</c> also matches before a final line
    /// break; JSON Schema's does not, and neither does this check.
    /// </summary>
    public static bool MatchesWhole(Regex pattern, string value)
    {
        foreach (var match in pattern.EnumerateMatches(value)) // a ValueMatch: no Match object per check
        {
            return match.Index == 0 && match.Length == value.Length;
        }

        return false;
    }
}
