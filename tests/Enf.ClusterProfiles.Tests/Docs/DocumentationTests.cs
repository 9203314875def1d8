using System.Text;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Docs;

/// <summary>Docs that show code or list codes stay true to the code.</summary>
public class DocumentationTests
{
    [Fact]
    public void The_README_quick_start_is_the_quick_start_program()
    {
        var program = Region(File.ReadAllText(RepositoryFiles.PathOf("src/Enf.ClusterProfiles.QuickStart/Program.cs")));
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\n" + program + "```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_issue_code_page_is_what_the_code_generates() =>
        RepositoryFiles.AssertMatchesCommitted("docs/issue-codes.md", IssueCodePage());

    private static string Region(string source)
    {
        var text = source.ReplaceLineEndings("\n");
        var begin = text.IndexOf("// quick-start:begin\n", StringComparison.Ordinal) + "// quick-start:begin\n".Length;
        var end = text.IndexOf("// quick-start:end", StringComparison.Ordinal);
        return text[begin..end];
    }

    private static string IssueCodePage()
    {
        var page = new StringBuilder()
            .Append("# Issue codes\n\n")
            .Append("Every finding carries one of these stable codes, a severity, the JSON path of the field and a message in\n")
            .Append("English, Finnish or Swedish. Codes and paths are the contract; message text may change. Generated from\n")
            .Append("`IssueCodes` and the message resources; a test fails when this page drifts from the code.\n\n")
            .Append("| code | message (en) | viesti (fi) | meddelande (sv) |\n|---|---|---|---|\n");
        foreach (var code in IssueCodes.All)
        {
            string Cell(string language) => IssueMessages.Template(code, System.Globalization.CultureInfo.GetCultureInfo(language))!.Replace("|", "\\|", StringComparison.Ordinal);
            page.Append($"| `{code}` | {Cell("en")} | {Cell("fi")} | {Cell("sv")} |\n");
        }

        return page.ToString();
    }
}
