using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Enf.ClusterProfiles.Model;

/// <summary>
/// A short text in the languages of the library: English, Finnish and Swedish. Each language is a named
/// property, not a position, so that a language added later does not break code written against this one.
/// </summary>
public sealed record LocalizedText
{
    /// <summary>The cultures the library speaks, English first (the fallback).</summary>
    public static IReadOnlyList<CultureInfo> SupportedCultures { get; } =
        [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("fi"), CultureInfo.GetCultureInfo("sv")];

    /// <summary>An empty text, to be filled with an object initializer (<c>new() { En = …, Fi = …, Sv = … }</c>).</summary>
    public LocalizedText()
    {
    }

    /// <summary>
    /// A text in English, Finnish and Swedish. A language added later comes as an optional property, falling
    /// back to English, so code written with this constructor keeps compiling.
    /// </summary>
    /// <param name="en">English.</param>
    /// <param name="fi">Finnish.</param>
    /// <param name="sv">Swedish.</param>
    [SetsRequiredMembers]
    public LocalizedText(string en, string fi, string sv)
    {
        En = en;
        Fi = fi;
        Sv = sv;
    }

    /// <summary>English, the fallback for any language without its own text.</summary>
    public required string En { get; init; }

    /// <summary>Finnish.</summary>
    public required string Fi { get; init; }

    /// <summary>Swedish.</summary>
    public required string Sv { get; init; }

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
