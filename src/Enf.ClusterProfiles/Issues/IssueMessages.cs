using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Issues;

/// <summary>
/// Renders the message of a finding in English, Finnish or Swedish, every one from the library's own resources
/// (never a dependency's built-in translations): written for the reader, with JSON types, numbers and dates in the
/// reader's language and format.
/// </summary>
public static class IssueMessages
{
    private static readonly ResourceManager Resources = new("Enf.ClusterProfiles.Issues.Messages", typeof(IssueMessages).Assembly);

    // Looked up once: CultureInfo.GetCultureInfo takes a process-wide lock on every call, and a message asks for
    // its culture several times.
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi");
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv");
    private static readonly CultureInfo FinnishNumbers = CultureInfo.GetCultureInfo("fi-FI");
    private static readonly CultureInfo SwedishNumbers = CultureInfo.GetCultureInfo("sv-FI");

    // The texts found so far, per language: the resource manager walks the culture fallback under a lock on every
    // call, and one message asks for several texts. Only texts that exist are kept, so the keys stay the
    // resources' own (a key made from a typed value is looked up, not kept).
    private static readonly ConcurrentDictionary<string, string>[] Found =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>The message template of a code in a language, with FluentValidation placeholders (<c>{PropertyName}</c>).</summary>
    /// <param name="code">An issue code.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture. Unsupported languages fall back to English.</param>
    /// <returns>The template, or <see langword="null"/> for an unknown code.</returns>
    public static string? Template(string code, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Text(code, LocalizedText.LanguageOf(culture));
    }

    /// <summary>Renders the message of a code with its arguments in a language.</summary>
    /// <param name="code">An issue code.</param>
    /// <param name="arguments">Placeholder values, <c>PropertyName</c> among them.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    public static string Render(string code, IReadOnlyDictionary<string, string> arguments, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var template = Template(code, culture) ?? code;
        var language = LocalizedText.LanguageOf(culture);

        // Each {Placeholder} of the template is filled in turn; only the arguments a template names are converted.
        var message = new System.Text.StringBuilder(template.Length + 64);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                message.Append(template, at, template.Length - at);
                break;
            }

            message.Append(template, at, open - at);
            var name = template.Substring(open + 1, close - open - 1);
            if (arguments.TryGetValue(name, out var value))
            {
                message.Append(name switch
                {
                    // A JSON type is a word of the reader's language ("tekstiä", "ett heltal"), a raw number in its format.
                    "Expected" or "Found" => TypeName(value, language),
                    "Detail" => Text("detail." + value, language) ?? value,
                    "Version" or "Known" => value,
                    _ => InLanguage(value, language),
                });
            }
            else
            {
                message.Append(template, open, close - open + 1); // an argument not given stays as written
            }

            at = close + 1;
        }

        return message.ToString();
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
        (Text(key, LocalizedText.LanguageOf(culture)) ?? "{Place}: {Message}")
            .Replace("{Place}", place, StringComparison.Ordinal)
            .Replace("{Message}", message, StringComparison.Ordinal);

    private static string? Text(string key, string language)
    {
        var (found, resources) = language switch
        {
            "fi" => (Found[1], Finnish),
            "sv" => (Found[2], Swedish),
            _ => (Found[0], English),
        };
        if (found.TryGetValue(key, out var text))
        {
            return text;
        }

        text = Resources.GetString(key, resources);
        if (text is not null)
        {
            found.TryAdd(key, text);
        }

        return text;
    }

    // Type arguments are tokens (string, number, integer, date, array, object, boolean, null, parts), or
    // "number:2.5" for a number with its raw text; anything else (a quoted cell) is shown as it is.
    private static string TypeName(string token, string language)
    {
        var (type, raw) = token.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (token[..colon], token[(colon + 1)..]) : (token, null);
        if (Text("type." + type, language) is not { } name)
        {
            return token;
        }

        return raw is null ? name : $"{name} ({InLanguage(raw, language)})";
    }

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

        if (value.Length > 4 && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole.ToString("N0", language == "sv" ? SwedishNumbers : FinnishNumbers); // 1 048 576
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? value.Replace('.', ',')
            : value;
    }
}
