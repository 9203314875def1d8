using System.Globalization;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>Words for a field's rule, made from its kind and constraints so that the text cannot disagree with the check.</summary>
internal static class FieldRuleText
{
    public static string Describe(FieldKind kind, FieldConstraints c, CultureInfo? culture)
    {
        var values = c.AllowedValues is null ? string.Empty : string.Join(", ", c.AllowedValues);
        var props = c.Properties is null ? string.Empty : string.Join(", ", c.Properties);
        var lengths = $"{c.MinLength}–{c.MaxLength}";
        var numbers = c.Maximum is null
            ? $"≥ {Invariant(c.Minimum)}"
            : $"{Invariant(c.Minimum)}–{Invariant(c.Maximum)}";
        var atLeast = c.MinItems is int n ? n : 0;
        var digits = $"{c.MinDigits}–{c.MaxDigits}";

        LocalizedText text = kind switch
        {
            FieldKind.Text => new($"{lengths} characters", $"{lengths} merkkiä", $"{lengths} tecken"),
            FieldKind.Slug => new(
                $"lower-case letters and digits joined by single hyphens, {lengths} characters",
                $"pieniä kirjaimia ja numeroita yksittäisin väliviivoin, {lengths} merkkiä",
                $"små bokstäver och siffror med enstaka bindestreck, {lengths} tecken"),
            FieldKind.Choice => new($"one of: {values}", $"yksi arvoista: {values}", $"ett av: {values}"),
            FieldKind.ChoiceList => atLeast > 0
                ? new($"{atLeast}–{c.MaxItems} distinct values of: {values}", $"{atLeast}–{c.MaxItems} eri arvoa joukosta: {values}", $"{atLeast}–{c.MaxItems} olika värden bland: {values}")
                : new($"distinct values of: {values}", $"eri arvoja joukosta: {values}", $"olika värden bland: {values}"),
            FieldKind.CountryCode => new(
                "ISO 3166-1 alpha-2 country code in upper case, e.g. FI",
                "ISO 3166-1 -maakoodi isoin kirjaimin, esim. FI",
                "landskod enligt ISO 3166-1 med versaler, t.ex. FI"),
            FieldKind.CountryCodeList => new(
                "distinct ISO 3166-1 alpha-2 country codes, e.g. SE",
                "eri ISO 3166-1 -maakoodeja, esim. SE",
                "olika landskoder enligt ISO 3166-1, t.ex. SE"),
            FieldKind.LanguageCodeList => new(
                "distinct ISO 639-1 language codes, e.g. fi",
                "eri ISO 639-1 -kielikoodeja, esim. fi",
                "olika språkkoder enligt ISO 639-1, t.ex. sv"),
            FieldKind.NutsRegion => new(
                "NUTS code of level 1–3 in the profile's country, e.g. FI1D9",
                "profiilin maan NUTS-aluekoodi tasolla 1–3, esim. FI1D9",
                "NUTS-kod på nivå 1–3 i profilens land, t.ex. FI1D9"),
            FieldKind.Url => new("absolute http or https URL", "täydellinen http- tai https-osoite", "fullständig http- eller https-adress"),
            FieldKind.UrlList => new(
                "distinct absolute http or https URLs",
                "eri täydellisiä http- tai https-osoitteita",
                "olika fullständiga http- eller https-adresser"),
            FieldKind.Email => new("e-mail address", "sähköpostiosoite", "e-postadress"),
            FieldKind.Phone => new(
                $"international format: +, then {digits} digits, spaces or hyphens",
                $"kansainvälinen muoto: +, sitten {digits} numeroa, välilyöntejä tai väliviivoja",
                $"internationellt format: +, sedan {digits} siffror, mellanslag eller bindestreck"),
            FieldKind.Number => new($"number {numbers}", $"luku {numbers}", $"tal {numbers}"),
            FieldKind.Integer => new($"whole number {numbers}", $"kokonaisluku {numbers}", $"heltal {numbers}"),
            FieldKind.Year => new(
                $"year from {Invariant(c.Minimum)} to the current year",
                $"vuosi {Invariant(c.Minimum)}–kuluva vuosi",
                $"år från {Invariant(c.Minimum)} till innevarande år"),
            FieldKind.Date => new(
                "date YYYY-MM-DD, not in the future",
                "päivämäärä muodossa VVVV-KK-PP, ei tulevaisuudessa",
                "datum ÅÅÅÅ-MM-DD, inte i framtiden"),
            FieldKind.TextList => new(
                $"list of texts of {lengths} characters",
                $"luettelo {lengths} merkin tekstejä",
                $"lista med texter på {lengths} tecken"),
            FieldKind.MemberCounts => new(
                $"whole-number counts ≥ 0 of: {props}; filled when at least one is given",
                $"jäsenmäärät (kokonaisluku ≥ 0): {props}; täytetty, kun vähintään yksi on annettu",
                $"antal medlemmar (heltal ≥ 0): {props}; ifyllt när minst ett anges"),
            FieldKind.ClusterLabel => new(
                $"tier ({values}) and validUntil YYYY-MM-DD; counts only while not expired",
                $"taso ({values}) ja validUntil VVVV-KK-PP; lasketaan vain voimassa ollessaan",
                $"nivå ({values}) och validUntil ÅÅÅÅ-MM-DD; räknas bara medan det gäller"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No rule text for this kind."),
        };
        return text.Get(culture);
    }

    private static string Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
