using System.Text.RegularExpressions;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>
/// What a profile id may be: the <c>id</c> field's rule of the catalogue (length and pattern), the one check that
/// the rules, the registry, the sync (ids become file names) and the portal share.
/// </summary>
public static partial class ProfileIds
{
    private static readonly FieldConstraints Rule = FieldCatalog.Version1[FieldPaths.Id].Constraints;

    /// <summary>Whether <paramref name="id"/> is a valid profile id (<c>arctic-water</c>: lowercase letters, digits, single hyphens).</summary>
    /// <param name="id">The id as given; <see langword="null"/> is not valid.</param>
    public static bool IsValid(string? id) =>
        id is not null
        && id.Length >= (Rule.MinLength ?? 1)
        && id.Length <= (Rule.MaxLength ?? int.MaxValue)
        && IsSlug(id);

    // The pattern read by hand (equal to it: a test holds the two together), shared with the rules' scanner.
    internal static bool IsSlug(string id)
    {
        var afterHyphen = true;
        foreach (var c in id)
        {
            if (c == '-' ? afterHyphen : c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                return false;
            }

            afterHyphen = c == '-';
        }

        return !afterHyphen;
    }

    // Compiled with the library: the catalogue's own id pattern.
    [GeneratedRegex(FieldCatalogV1.IdPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}
