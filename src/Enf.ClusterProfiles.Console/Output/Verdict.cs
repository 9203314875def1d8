using System.Globalization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>The words of a verdict line and of a finding, shared by the table and Markdown outputs.</summary>
internal static class Verdict
{
    public static string Words(ProfileAssessment a, CultureInfo culture)
    {
        if (!a.Readable)
        {
            return UiText.Unreadable.Get(culture);
        }

        var parts = new List<string>
        {
            (a.Valid ? UiText.Valid : UiText.NotValid).Get(culture),
            (a.Pro.Eligible ? UiText.ProYes : UiText.ProNo).Get(culture),
            string.Format(culture, UiText.Optional.Get(culture), a.Pro.OptionalFilled, a.Pro.OptionalTotal),
        };
        if (a.Pro.Needed > 0)
        {
            parts.Add(string.Format(culture, UiText.MoreNeeded.Get(culture), a.Pro.Needed));
        }

        parts.Add(string.Format(culture, UiText.Completeness.Get(culture), a.Completeness.ToString("P0", culture)));
        if (a.Publication.Applies)
        {
            var state = a.Publication.Waived ? UiText.Waived : a.Publication.Ready ? UiText.Ready : UiText.NotReady;
            parts.Add($"{UiText.Publication.Get(culture)} {state.Get(culture)}");
        }

        return string.Join(" · ", parts);
    }

    public static string Severity(IssueSeverity severity, CultureInfo culture) => severity switch
    {
        IssueSeverity.Error => UiText.Error.Get(culture),
        IssueSeverity.Warning => UiText.Warning.Get(culture),
        _ => UiText.Info.Get(culture),
    };

    public static string Place(ProfileIssue issue) => issue.Line is int line ? $"{line}:{issue.Column}" : string.Empty;

    public static string FieldName(ProfileIssue issue, FieldCatalog catalog, CultureInfo culture) =>
        issue.Path.Length == 0 ? "—" : catalog.LabelOf(issue.Path, culture);

    public static string Suggestions(ProfileAssessment a, FieldCatalog catalog, CultureInfo culture) =>
        string.Join(", ", a.Pro.Suggestions.Select(p => catalog.LabelOf(p, culture)));

    public static string Title(ProfileAssessment a) =>
        a.Name is { } name && !string.IsNullOrWhiteSpace(name) ? (a.Id is null ? name : $"{name} ({a.Id})") : a.Id ?? "—";

    public static string SourceAndLine(ProfileAssessment a) => a.Source is null ? string.Empty : $"{a.Source}:{a.Line ?? 1}";
}
