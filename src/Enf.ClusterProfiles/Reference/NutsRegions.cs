using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Reference;

/// <summary>
/// NUTS 2021 region codes. Finland's codes are known in full, so a Finnish region is checked against the
/// list; for other countries the library checks the form (country part and level 1–3) only, because the
/// full European list is not shipped.
/// </summary>
public static partial class NutsRegions
{
    /// <summary>The seven regions (NUTS 3) of East and North Finland, with their names in en/fi/sv.</summary>
    public static IReadOnlyDictionary<string, LocalizedText> EastAndNorthFinland { get; } = new Dictionary<string, LocalizedText>
    {
        ["FI1D1"] = new("South Savo", "Etelä-Savo", "Södra Savolax"),
        ["FI1D2"] = new("North Savo", "Pohjois-Savo", "Norra Savolax"),
        ["FI1D3"] = new("North Karelia", "Pohjois-Karjala", "Norra Karelen"),
        ["FI1D5"] = new("Central Ostrobothnia", "Keski-Pohjanmaa", "Mellersta Österbotten"),
        ["FI1D7"] = new("Lapland", "Lappi", "Lappland"),
        ["FI1D8"] = new("Kainuu", "Kainuu", "Kajanaland"),
        ["FI1D9"] = new("North Ostrobothnia", "Pohjois-Pohjanmaa", "Norra Österbotten"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // NUTS 2021 codes of Finland at levels 1-3.
    private static readonly FrozenSet<string> FinnishCodes = new[]
    {
        "FI1", "FI19", "FI193", "FI194", "FI195", "FI196", "FI197",
        "FI1B", "FI1B1", "FI1C", "FI1C1", "FI1C2", "FI1C3", "FI1C4", "FI1C5",
        "FI1D", "FI1D1", "FI1D2", "FI1D3", "FI1D5", "FI1D7", "FI1D8", "FI1D9",
        "FI2", "FI20", "FI200",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The NUTS country part for an ISO 3166-1 country code: NUTS writes Greece as EL and the United Kingdom as UK.</summary>
    /// <param name="isoCountry">ISO 3166-1 alpha-2 code.</param>
    public static string NutsCountryPart(string isoCountry) => isoCountry switch
    {
        "GR" => "EL",
        "GB" => "UK",
        _ => isoCountry,
    };

    /// <summary>Whether <paramref name="code"/> has the form of a NUTS code at level 1, 2 or 3.</summary>
    /// <param name="code">The code to check.</param>
    public static bool HasNutsForm(string? code) => code is not null && NutsForm().IsMatch(code);

    /// <summary>
    /// Whether <paramref name="code"/> is a valid NUTS code: of NUTS form and, for Finland, one that exists.
    /// </summary>
    /// <param name="code">The code to check.</param>
    public static bool IsValidCode(string? code) =>
        HasNutsForm(code) && (!code!.StartsWith("FI", StringComparison.Ordinal) || FinnishCodes.Contains(code));

    /// <summary>Whether the country part of <paramref name="code"/> agrees with <paramref name="isoCountry"/>.</summary>
    /// <param name="code">The NUTS code.</param>
    /// <param name="isoCountry">ISO 3166-1 alpha-2 code of the profile's country.</param>
    public static bool IsInCountry(string code, string isoCountry)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(isoCountry);
        return code.StartsWith(NutsCountryPart(isoCountry), StringComparison.Ordinal);
    }

    /// <summary>The region's name in a language, for the regions the library names; otherwise <see langword="null"/>.</summary>
    /// <param name="code">The NUTS code.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    public static string? NameOf(string? code, System.Globalization.CultureInfo? culture = null) =>
        code is not null && EastAndNorthFinland.TryGetValue(code, out var name) ? name.Get(culture) : null;

    [GeneratedRegex("^[A-Z]{2}[0-9A-Z]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex NutsForm();
}
