using System.Globalization;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>A short text in the three languages of the library: English, Finnish and Swedish.</summary>
/// <param name="En">English.</param>
/// <param name="Fi">Finnish.</param>
/// <param name="Sv">Swedish.</param>
public sealed record LocalizedText(string En, string Fi, string Sv)
{
    /// <summary>The cultures the library speaks, English first (the fallback).</summary>
    public static IReadOnlyList<CultureInfo> SupportedCultures { get; } =
        [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("fi"), CultureInfo.GetCultureInfo("sv")];

    /// <summary>The text in <paramref name="culture"/>'s language (or a parent's), falling back to English.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    public string Get(CultureInfo? culture = null) => LanguageOf(culture) switch
    {
        "fi" => Fi,
        "sv" => Sv,
        _ => En,
    };

    /// <summary>The supported two-letter language for a culture: <c>fi</c>, <c>sv</c>, or <c>en</c> for any other.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    public static string LanguageOf(CultureInfo? culture) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName switch
        {
            "fi" => "fi",
            "sv" => "sv",
            _ => "en",
        };
}
