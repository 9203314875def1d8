using System.Collections.Frozen;

namespace Enf.ClusterProfiles.Reference;

/// <summary>ISO 3166-1 alpha-2 country codes, and which of them are EU or COSME countries.</summary>
public static class Countries
{
    // The 249 officially assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo), which the EU uses and the spec names.
    private const string IsoCodes =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
        "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK";

    private const string EuMemberStates = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE";

    private const string CosmeCountries = "IS AL BA XK ME MK RS TR AM MD UA";

    private static readonly FrozenSet<string> KnownCodes = Split(IsoCodes);
    private static readonly FrozenSet<string> EuCosmeCodes = Split(EuMemberStates + " " + CosmeCountries);

    /// <summary>Every accepted country code (ISO 3166-1 alpha-2 and XK), sorted.</summary>
    public static IReadOnlyList<string> All { get; } = [.. KnownCodes.Order(StringComparer.Ordinal)];

    /// <summary>The 27 EU member states and the COSME countries named by profile-v1, sorted.</summary>
    public static IReadOnlyList<string> EuAndCosme { get; } = [.. EuCosmeCodes.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="code"/> is a real country code, upper case.</summary>
    /// <param name="code">The code to check.</param>
    public static bool IsKnown(string? code) => code is not null && KnownCodes.Contains(code);

    /// <summary>Whether <paramref name="code"/> is an EU member state or a COSME country.</summary>
    /// <param name="code">The code to check.</param>
    public static bool IsEuOrCosme(string? code) => code is not null && EuCosmeCodes.Contains(code);

    private static FrozenSet<string> Split(string codes) =>
        codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
