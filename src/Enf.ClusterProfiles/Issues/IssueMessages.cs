using System.Globalization;
using System.Resources;
using FluentValidation.Internal;
using FluentValidation.Resources;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Issues;

/// <summary>
/// Renders the message of a finding in English, Finnish or Swedish. Codes checked by FluentValidation's own
/// validators use FluentValidation's translations; the library's own codes use its resources.
/// </summary>
public static class IssueMessages
{
    private static readonly ResourceManager Resources = new("Enf.ClusterProfiles.Issues.Messages", typeof(IssueMessages).Assembly);
    private static readonly LanguageManager FluentLanguages = new();

    // Our codes whose check is one of FluentValidation's validators, with that validator's message key.
    private static readonly Dictionary<string, string> FluentMessageKeys = new(StringComparer.Ordinal)
    {
        [IssueCodes.Length] = "LengthValidator",
        [IssueCodes.Email] = "EmailValidator",
        [IssueCodes.Range] = "InclusiveBetweenValidator",
        [IssueCodes.Minimum] = "GreaterThanOrEqualValidator",
    };

    /// <summary>The message template of a code in a language, with FluentValidation placeholders (<c>{PropertyName}</c>).</summary>
    /// <param name="code">An issue code.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture. Unsupported languages fall back to English.</param>
    /// <returns>The template, or <see langword="null"/> for an unknown code.</returns>
    public static string? Template(string code, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var language = CultureInfo.GetCultureInfo(LocalizedText.LanguageOf(culture));
        return FluentMessageKeys.TryGetValue(code, out var key)
            ? FluentLanguages.GetString(key, language)
            : Resources.GetString(code, language);
    }

    /// <summary>Renders the message of a code with its arguments in a language.</summary>
    /// <param name="code">An issue code.</param>
    /// <param name="arguments">Placeholder values, <c>PropertyName</c> among them.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    public static string Render(string code, IReadOnlyDictionary<string, string> arguments, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var template = Template(code, culture) ?? code;
        var formatter = new MessageFormatter();
        var language = LocalizedText.LanguageOf(culture);
        foreach (var (name, value) in arguments)
        {
            formatter.AppendArgument(name, name == "Detail" ? value : InLanguage(value, language));
        }

        return formatter.BuildMessage(template);
    }

    /// <summary>A message about one spreadsheet cell, led by the cell's name: "Solu I3: …".</summary>
    /// <param name="cell">The cell's name, such as <c>I3</c>.</param>
    /// <param name="message">The message.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    internal static string InCell(string cell, string message, CultureInfo? culture) => Place("cell", cell, message, culture);

    /// <summary>A message about a spreadsheet row as a whole (a field it does not hold), led by the row's number: "Rivi 3: …".</summary>
    /// <param name="row">The row's number.</param>
    /// <param name="message">The message.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    internal static string InRow(int row, string message, CultureInfo? culture) =>
        Place("row", row.ToString(CultureInfo.InvariantCulture), message, culture);

    private static string Place(string key, string place, string message, CultureInfo? culture) =>
        (Resources.GetString(key, CultureInfo.GetCultureInfo(LocalizedText.LanguageOf(culture))) ?? "{Place}: {Message}")
            .Replace("{Place}", place, StringComparison.Ordinal)
            .Replace("{Message}", message, StringComparison.Ordinal);

    // Arguments are kept as invariant text (2025-06-30, 0.5); a message shows them as its language writes them:
    // 30.6.2025 and 0,5 in Finnish and Swedish (as used in Finland), unchanged in English. Quoted values stay as typed.
    private static string InLanguage(string value, string language)
    {
        if (language == "en" || value.Length is 0 or > 40)
        {
            return value;
        }

        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? value.Replace('.', ',')
            : value;
    }
}
