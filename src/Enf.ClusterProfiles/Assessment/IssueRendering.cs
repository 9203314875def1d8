using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Validation;
using FluentValidation;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>
/// Turns what the reader and the rules found into issues for people: the message in the reader's language, the
/// field named by its label, the line and column, the cell of a spreadsheet; and the cap on how many are kept.
/// </summary>
internal static class IssueRendering
{
    /// <summary>A finding of the reader as an issue in the reader's language.</summary>
    public static ProfileIssue From(FieldCatalog catalog, Finding finding, CultureInfo? culture, ProfileDocument? document) =>
        InCell(document, culture, finding.Position is not null, catalog.Localize(
            new ProfileIssue
            {
                Code = finding.Code,
                Severity = finding.Severity,
                Path = finding.Path,
                Message = string.Empty,
                Line = finding.Position?.Line,
                Column = finding.Position?.Column,
                Arguments = finding.Arguments,
            },
            culture));

    // A finding in a spreadsheet names its cell as the spreadsheet does (I3): the row is the document's, the column
    // the finding's. A finding about a field the row does not hold (a missing one) names the row.
    private static ProfileIssue InCell(ProfileDocument? document, CultureInfo? culture, bool inCell, ProfileIssue issue) =>
        document?.SpreadsheetRow is not int row || issue.Code == IssueCodes.FileEncoding ? issue
            : inCell && issue.Column is int column && column > 0
                ? issue with { Message = IssueMessages.InCell(Bulk.SpreadsheetColumns.CellName(row, column), issue.Message, culture) }
                : issue with { Message = IssueMessages.InRow(row, issue.Message, culture) };

    /// <summary>A finding of the rules as an issue, its message rendered once; <paramref name="found"/> is its place in the input.</summary>
    public static ProfileIssue From(FieldCatalog catalog, RuleFinding finding, TextPosition? found, CultureInfo? culture, ProfileDocument? document)
    {
        var position = found ?? document?.Start;
        var arguments = finding.MessageArguments(catalog.LabelOf(finding.Path, culture)); // rendered once, as Localize would
        var issue = new ProfileIssue
        {
            Code = finding.Code,
            Severity = finding.Severity switch
            {
                Severity.Error => IssueSeverity.Error,
                Severity.Warning => IssueSeverity.Warning,
                _ => IssueSeverity.Info,
            },
            Path = finding.Path,
            Message = IssueMessages.Render(finding.Code, arguments, culture),
            Line = position?.Line,
            Column = position?.Column,
            Arguments = arguments,
        };
        return InCell(document, culture, found is not null, issue);
    }

    // Keeps at most MaxIssues findings, errors first, and says so in a last finding when any were left out.
    public static (IReadOnlyList<ProfileIssue> Issues, bool Partial) Cap(FieldCatalog catalog, int? maxIssues, List<ProfileIssue> issues, CultureInfo? culture)
    {
        if (maxIssues is not int limit || issues.Count <= limit)
        {
            return (issues, false);
        }

        var kept = issues.OrderBy(i => i.Severity).Take(limit).ToList();
        var arguments = new Dictionary<string, string>
        {
            ["Omitted"] = (issues.Count - limit).ToString(CultureInfo.InvariantCulture),
            ["Limit"] = limit.ToString(CultureInfo.InvariantCulture),
        };
        kept.Add(catalog.Localize(new ProfileIssue { Code = IssueCodes.IssuesCapped, Severity = IssueSeverity.Info, Path = string.Empty, Message = string.Empty, Arguments = arguments },
            culture));
        return (kept, true);
    }
}
