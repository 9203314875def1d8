namespace Enf.ClusterProfiles.Console.Output;

/// <summary>Text from a profile made safe for a Markdown table cell or line.</summary>
internal static class Markdown
{
    public static string Cell(string? text) =>
        SafeText.Printable(text)
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);
}
