using System.Globalization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Spectre.Console;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>
/// What a person reads: per profile a verdict line, the findings with the field's label, the suggestions;
/// then a summary. Every text from a profile is printed literally (see <see cref="SafeText"/>).
/// </summary>
internal sealed class CheckTableOutput(IAnsiConsole console, FieldCatalog catalog, CultureInfo culture) : ICheckOutput
{
    public void Profile(ProfileAssessment a)
    {
        var mark = !a.Readable || !a.Valid ? "[red]✘[/]" : a.Pro.Eligible ? "[green]✔[/]" : "[yellow]●[/]";
        console.MarkupLine($"{mark} [bold]{SafeText.Markup(Verdict.Title(a))}[/]  [grey]{SafeText.Markup(Verdict.SourceAndLine(a))}[/]");
        console.MarkupLine($"  {SafeText.Markup(Verdict.Words(a, culture))}");

        if (a.MandatoryMissing.Count > 0)
        {
            console.MarkupLine($"  [red]{SafeText.Markup(UiText.MandatoryMissing.Get(culture))}:[/] {SafeText.Markup(string.Join(", ", a.MandatoryMissing.Select(p => catalog.LabelOf(p, culture))))}");
        }

        if (a.Issues.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.AddColumn(string.Empty);
            table.AddColumn(UiText.Field.Get(culture));
            table.AddColumn(UiText.Place.Get(culture));
            table.AddColumn(UiText.Message.Get(culture));
            foreach (var issue in a.Issues)
            {
                var colour = issue.Severity switch
                {
                    IssueSeverity.Error => "red",
                    IssueSeverity.Warning => "yellow",
                    _ => "blue",
                };
                table.AddRow(
                    new Markup($"[{colour}]{SafeText.Markup(Verdict.Severity(issue.Severity, culture))}[/]"),
                    new Text(SafeText.Printable(Verdict.FieldName(issue, catalog, culture))),
                    new Text(Verdict.Place(issue)),
                    new Text(SafeText.Printable(issue.Message)));
            }

            console.Write(new Padder(table, new Padding(2, 0, 0, 0)));
        }

        if (a.Pro.Suggestions.Count > 0)
        {
            console.MarkupLine($"  [bold]{SafeText.Markup(UiText.FillNext.Get(culture))}:[/] {SafeText.Markup(Verdict.Suggestions(a, catalog, culture))}");
        }

        console.WriteLine();
    }

    public void End(CheckSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(UiText.Summary.Get(culture));
        table.AddColumn(UiText.Profiles.Get(culture));
        table.AddColumn(UiText.ValidCount.Get(culture));
        table.AddColumn(UiText.WithErrors.Get(culture));
        table.AddColumn(UiText.ProCount.Get(culture));
        table.AddRow(
            summary.Profiles.ToString(culture),
            summary.Valid.ToString(culture),
            (summary.Profiles - summary.Valid).ToString(culture),
            summary.Pro.ToString(culture));
        console.Write(table);
        if (summary.Partial)
        {
            console.MarkupLine($"[yellow]{SafeText.Markup(string.Format(culture, UiText.Partial.Get(culture), summary.MaxIssues))}[/]");
        }
    }

    public void Dispose()
    {
    }
}
