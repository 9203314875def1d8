using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Validation;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>
/// The edge of the assessment: the typed findings of the reader and the rules become issues for people, once,
/// after every verdict is made. The cap picks which are kept; only those are placed (line and column, the cell of
/// a spreadsheet) and given a message in the reader's language, with the field named by its label.
/// </summary>
internal static class IssueRendering
{
    /// <summary>
    /// The issues of an assessment: the reader's findings first, then the rules', at most <paramref name="maxIssues"/>
    /// (errors first). Each issue's message and place are rendered when one of them is first read.
    /// </summary>
    public static (IReadOnlyList<ProfileIssue> Issues, bool Partial) Render(
        FieldCatalog catalog, IReadOnlyList<Finding> read, List<RuleFinding> found, ProfileDocument? document, CultureInfo? culture, int? maxIssues)
    {
        var total = read.Count + found.Count;
        if (total == 0)
        {
            return ([], false);
        }

        var capped = maxIssues is int limit && total > limit;
        // Errors first, then warnings, then notes, each in the order found (a stable sort); the rest is counted, not
        // rendered. Without the cap, every finding in its order (no list of positions needed).
        int[]? kept = capped
            ? [.. Enumerable.Range(0, total).OrderBy(i => i < read.Count ? read[i].Severity : found[i - read.Count].Severity).Take(maxIssues!.Value)]
            : null;
        var count = kept?.Length ?? total;
        var deferred = new Deferred(catalog, read, found, kept, document, culture);
        var issues = new List<ProfileIssue>(count + (capped ? 1 : 0));
        for (var k = 0; k < count; k++)
        {
            var i = kept?[k] ?? k;
            issues.Add(i < read.Count
                ? new ProfileIssue(read[i].Code, read[i].Severity, read[i].Path, deferred, k)
                : new ProfileIssue(found[i - read.Count].Code, found[i - read.Count].Severity, found[i - read.Count].Path, deferred, k));
        }

        if (capped)
        {
            var arguments = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Omitted"] = (total - count).ToString(CultureInfo.InvariantCulture),
                ["Limit"] = count.ToString(CultureInfo.InvariantCulture),
            };
            issues.Add(Issue(catalog, IssueCodes.IssuesCapped, IssueSeverity.Info, string.Empty, arguments, null, culture));
        }

        return (issues, capped);
    }

    // The rendering of one assessment's kept findings, made once, when the first of its issues is read; safe to read from several threads.
    private sealed class Deferred(FieldCatalog catalog, IReadOnlyList<Finding> read, List<RuleFinding> found, int[]? kept, ProfileDocument? document, CultureInfo? culture) : IIssueRendering
    {
        private readonly object gate = new(); // not System.Threading.Lock: the library targets net8.0 too
        private RenderedIssue[]? rendered;

        public RenderedIssue Issue(int index) => (Volatile.Read(ref rendered) ?? RenderAll())[index];

        private RenderedIssue[] RenderAll()
        {
            lock (gate)
            {
                if (rendered is not null)
                {
                    return rendered;
                }

                var order = kept ?? [.. Enumerable.Range(0, read.Count + found.Count)];
                var fromRules = order.Where(i => i >= read.Count).Select(i => found[i - read.Count].Path).ToList();
                var positions = document is null || fromRules.Count == 0 ? null : document.FoundPositionsOf(fromRules);
                var all = new RenderedIssue[order.Length];
                var next = 0;
                for (var k = 0; k < order.Length; k++)
                {
                    var i = order[k];
                    var issue = i < read.Count
                        ? From(catalog, read[i], culture, document)
                        : From(catalog, found[i - read.Count], positions?[next++], culture, document);
                    all[k] = new RenderedIssue(issue.Message, issue.Line, issue.Column, issue.Arguments);
                }

                Volatile.Write(ref rendered, all);
                return all;
            }
        }
    }

    /// <summary>A finding of the reader as an issue in the reader's language.</summary>
    public static ProfileIssue From(FieldCatalog catalog, Finding finding, CultureInfo? culture, ProfileDocument? document) =>
        InCell(document, culture, finding.Kind != FindingKind.FileNote, finding.Position is not null,
            Issue(catalog, finding.Code, finding.Severity, finding.Path, finding.Arguments, finding.Position, culture));

    /// <summary>A finding of the rules as an issue; <paramref name="found"/> is its place in the input.</summary>
    private static ProfileIssue From(FieldCatalog catalog, RuleFinding finding, TextPosition? found, CultureInfo? culture, ProfileDocument? document)
    {
        var position = found ?? document?.Start;
        var arguments = finding.MessageArguments(catalog.LabelOf(finding.Path, culture));
        var issue = new ProfileIssue
        {
            Code = finding.Code,
            Severity = finding.Severity,
            Path = finding.Path,
            Message = IssueMessages.Render(finding.Code, arguments, culture),
            Line = position?.Line,
            Column = position?.Column,
            Arguments = arguments,
        };
        return InCell(document, culture, placed: true, found is not null, issue);
    }

    // The message of a code with its arguments, the field named by its label in the reader's language.
    private static ProfileIssue Issue(FieldCatalog catalog, string code, IssueSeverity severity, string path, IReadOnlyDictionary<string, string> given, TextPosition? position, CultureInfo? culture)
    {
        var arguments = new Dictionary<string, string>(given, StringComparer.Ordinal) { ["PropertyName"] = catalog.LabelOf(path, culture) };
        return new ProfileIssue
        {
            Code = code,
            Severity = severity,
            Path = path,
            Message = IssueMessages.Render(code, arguments, culture),
            Line = position?.Line,
            Column = position?.Column,
            Arguments = arguments,
        };
    }

    // A finding in a spreadsheet names its cell as the spreadsheet does (I3): the row is the document's, the column
    // the finding's. A finding about a field the row does not hold (a missing one) names the row; a note about the
    // file as a whole names neither.
    private static ProfileIssue InCell(ProfileDocument? document, CultureInfo? culture, bool placed, bool inCell, ProfileIssue issue) =>
        document?.SpreadsheetRow is not int row || !placed ? issue
            : inCell && issue.Column is int column && column > 0
                ? issue with { Message = IssueMessages.InCell(Bulk.SpreadsheetColumns.CellName(row, column), issue.Message, culture) }
                : issue with { Message = IssueMessages.InRow(row, issue.Message, culture) };
}
