using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Portal.Text;

/// <summary>The portal's own words, in the three languages of the library, picked by the request's culture.</summary>
public static class Ui
{
    /// <summary>The text in the current UI language (English, Finnish, Swedish).</summary>
    public static string T(string en, string fi, string sv) => new LocalizedText(en, fi, sv).Get(CultureInfo.CurrentUICulture);

    /// <summary>The current language: <c>fi</c>, <c>sv</c> or <c>en</c>.</summary>
    public static string Lang => LocalizedText.LanguageOf(CultureInfo.CurrentUICulture);

    /// <summary>What a person reads for a status of the review workflow: the one place the portal names the statuses.</summary>
    public static string StatusName(ProfileStatus status) => status switch
    {
        ProfileStatus.Draft => T("Draft", "Luonnos", "Utkast"),
        ProfileStatus.NeedsReview => T("Waiting for review", "Odottaa tarkastusta", "Väntar på granskning"),
        ProfileStatus.Published => T("Published", "Julkaistu", "Publicerad"),
        ProfileStatus.Returned => T("Returned for changes", "Palautettu korjattavaksi", "Återsänd för ändringar"),
        _ => status.ToString(),
    };

    /// <summary>"11 of 21 optional fields: PRO", or how many more PRO needs.</summary>
    public static string ProMeter(int filled, int total, int needed, bool eligible) =>
        ProMeterTemplate(eligible ? "pro" : needed > 0 ? "more" : "errors")
            .Replace("{filled}", filled.ToString(CultureInfo.CurrentCulture), StringComparison.Ordinal)
            .Replace("{total}", total.ToString(CultureInfo.CurrentCulture), StringComparison.Ordinal)
            .Replace("{needed}", needed.ToString(CultureInfo.CurrentCulture), StringComparison.Ordinal);

    /// <summary>The meter's sentence with <c>{filled}</c>, <c>{total}</c> and <c>{needed}</c> left open (the live check fills them).</summary>
    public static string ProMeterTemplate(string kind) => kind switch
    {
        "pro" => T("{filled} of {total} optional fields: PRO", "{filled} / {total} valinnaisesta kentästä: PRO", "{filled} av {total} valfria fält: PRO"),
        "more" => T("{filled} of {total} optional fields: {needed} more for PRO", "{filled} / {total} valinnaisesta kentästä: PRO-tasoon puuttuu {needed}", "{filled} av {total} valfria fält: {needed} till för PRO"),
        _ => T("{filled} of {total} optional fields: fix the errors for PRO", "{filled} / {total} valinnaisesta kentästä: korjaa virheet PRO-tasoa varten", "{filled} av {total} valfria fält: rätta felen för PRO"),
    };

    public static string Percent(double share) => share.ToString("P0", CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset at) => at.ToLocalTime().ToString("d", CultureInfo.CurrentCulture);

    public static string Date(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);
}
