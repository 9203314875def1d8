using Enf.ClusterProfiles.Catalog;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>
/// The paths whose values the reader dropped (wrong type, bad date, …), answering in time proportional to a
/// path's depth whether a path is one of them, inside one, or holds one.
/// </summary>
internal sealed class DroppedPaths
{
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);
    private readonly HashSet<string> holders = new(StringComparer.Ordinal);

    /// <summary>No path dropped: the common case, shared.</summary>
    public static DroppedPaths None { get; } = new([]);

    /// <summary>The paths of the reader's findings of values it dropped.</summary>
    public static DroppedPaths Of(IReadOnlyList<Json.Finding> read)
    {
        List<string>? paths = null;
        for (var i = 0; i < read.Count; i++) // indexed: a foreach over the interface would allocate its enumerator
        {
            if (read[i].Kind == Issues.FindingKind.Dropped)
            {
                (paths ??= []).Add(read[i].Path);
            }
        }

        return paths is null ? None : new DroppedPaths(paths);
    }

    /// <summary>Whether no path was dropped.</summary>
    public bool IsEmpty => paths.Count == 0;

    public DroppedPaths(IEnumerable<string> dropped)
    {
        foreach (var path in dropped.Where(p => p.Length > 0))
        {
            paths.Add(path);
            for (var holder = FieldPaths.Parent(path); holder.Length > 0; holder = FieldPaths.Parent(holder))
            {
                holders.Add(holder);
            }
        }
    }

    public bool Touches(string path)
    {
        if (paths.Count == 0)
        {
            return false;
        }

        if (holders.Contains(path))
        {
            return true;
        }

        for (var candidate = path; candidate.Length > 0; candidate = FieldPaths.Parent(candidate))
        {
            if (paths.Contains(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
