using System.Globalization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>Check results as Markdown, for a wiki page or an e-mail to the cluster manager.</summary>
internal sealed class CheckMarkdownOutput : ICheckOutput
{
    private readonly TextWriter output;
    private readonly FieldCatalog catalog;
    private readonly CultureInfo culture;

    public CheckMarkdownOutput(TextWriter output, FieldCatalog catalog, CultureInfo culture)
    {
        this.output = output;
        this.catalog = catalog;
        this.culture = culture;
        output.WriteLine($"# {UiText.CheckTitle.Get(culture)}");
        output.WriteLine();
    }

    public void Profile(ProfileAssessment a)
    {
        output.WriteLine($"## {Markdown.Cell(Verdict.Title(a))}");
        output.WriteLine();
        if (a.Source is not null)
        {
            output.WriteLine($"`{SafeText.Printable(Verdict.SourceAndLine(a)).Replace("`", "'", StringComparison.Ordinal)}`");
            output.WriteLine();
        }

        output.WriteLine($"**{Markdown.Cell(Verdict.Words(a, culture))}**");
        output.WriteLine();
        if (a.Issues.Count > 0)
        {
            output.WriteLine($"| | {UiText.Field.Get(culture)} | {UiText.Place.Get(culture)} | {UiText.Message.Get(culture)} |");
            output.WriteLine("|---|---|---|---|");
            foreach (var issue in a.Issues)
            {
                output.WriteLine($"| {Verdict.Severity(issue.Severity, culture)} | {Markdown.Cell(Verdict.FieldName(issue, catalog, culture))} | {Verdict.Place(issue)} | {Markdown.Cell(issue.Message)} |");
            }

            output.WriteLine();
        }

        if (a.Pro.Suggestions.Count > 0)
        {
            output.WriteLine($"{UiText.FillNext.Get(culture)}: {Markdown.Cell(Verdict.Suggestions(a, catalog, culture))}");
            output.WriteLine();
        }
    }

    public void End(CheckSummary summary)
    {
        output.WriteLine($"## {UiText.Summary.Get(culture)}");
        output.WriteLine();
        output.WriteLine($"| {UiText.Profiles.Get(culture)} | {UiText.ValidCount.Get(culture)} | {UiText.WithErrors.Get(culture)} | {UiText.ProCount.Get(culture)} |");
        output.WriteLine("|---|---|---|---|");
        output.WriteLine($"| {summary.Profiles} | {summary.Valid} | {summary.Profiles - summary.Valid} | {summary.Pro} |");
        if (summary.Partial)
        {
            output.WriteLine();
            output.WriteLine(string.Format(culture, UiText.Partial.Get(culture), summary.MaxIssues));
        }
    }

    public void Dispose() => output.Flush();
}
