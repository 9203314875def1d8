namespace Enf.ClusterProfiles.Json;

/// <summary>A place in a text file: 1-based line and 1-based column (in characters).</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, counting characters (not bytes).</param>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
