namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// The library's own catalogue patterns read by hand, each equal to its pattern matched as a whole (a test holds
/// each to its pattern over many generated texts): the patterns stay what the catalogue and the schema publish,
/// and the rules read a value in one pass without a regular expression's machinery.
/// </summary>
internal static class PatternScanners
{
    /// <summary><c>^[a-z0-9]+(-[a-z0-9]+)*$</c>: lowercase letters and digits, in runs joined by single hyphens.</summary>
    public static bool IsSlug(string value) => Catalog.ProfileIds.IsSlug(value);

    /// <summary><c>^\+[0-9](?:[ \-]*[0-9]){7,19}[ \-]*$</c>: a plus, a digit, then digits, spaces and hyphens, 8 to 20 digits in all.</summary>
    public static bool IsPhone(string value)
    {
        if (value.Length < 2 || value[0] != '+' || value[1] is < '0' or > '9')
        {
            return false;
        }

        var digits = 0;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        return digits is >= 8 and <= 20;
    }

    /// <summary>
    /// <c>^[^@\s]+@(?:[^@\s.]+\.)+[A-Za-z]{2,}$</c>: one <c>@</c> with something before it, no white space, and after
    /// it labels joined by dots, at least two, none empty, the last of two or more ASCII letters.
    /// </summary>
    public static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        for (var i = 0; i < at; i++)
        {
            if (char.IsWhiteSpace(value[i])) // the same characters as the pattern's \s
            {
                return false;
            }
        }

        var (labels, labelLength, lastLetters) = (1, 0, true);
        for (var i = at + 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '.')
            {
                if (labelLength == 0)
                {
                    return false;
                }

                (labels, labelLength, lastLetters) = (labels + 1, 0, true);
            }
            else if (c == '@' || char.IsWhiteSpace(c))
            {
                return false;
            }
            else
            {
                labelLength++;
                lastLetters &= c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
            }
        }

        return labels >= 2 && labelLength >= 2 && lastLetters;
    }
}
