namespace Enf.ClusterProfiles.Console.Output;

/// <summary>One format of the regional report, written as bytes (to a file, or to standard output).</summary>
internal interface IReportRenderer
{
    void Render(ReportContent report, Stream output);
}

/// <summary>The renderer of each <c>--format</c> that is written as bytes.</summary>
internal static class ReportRenderers
{
    /// <summary>
    /// <c>json</c>, <c>xlsx</c>, <c>html</c>, else Markdown: a table written to a file is Markdown
    /// (the terminal table itself is <see cref="ReportTableRenderer"/>).
    /// </summary>
    public static IReportRenderer For(string format) => format switch
    {
        "json" => new ReportJsonRenderer(),
        "xlsx" => new ReportWorkbookRenderer(),
        "html" => new ReportHtmlRenderer(),
        _ => new ReportMarkdownRenderer(),
    };
}
