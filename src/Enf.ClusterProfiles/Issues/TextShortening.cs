namespace Enf.ClusterProfiles.Issues;

/// <summary>Keeps quoted values short: a message or cell shows the start of a value, never a million characters of it.</summary>
internal static class TextShortening
{
    public static string Shorten(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
}
