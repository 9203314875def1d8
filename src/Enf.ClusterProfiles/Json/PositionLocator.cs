using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Json;

/// <summary>Where paths stand in a document the strict binding accepted: found when a finding needs a line and column.</summary>
internal static class PositionLocator
{
    /// <summary>
    /// Where paths stand in a document the strict deserialiser accepted, or their nearest enclosing property or
    /// item: one pass over the top level for all the paths the findings name, descending only into the
    /// properties they lead into, without a string per property.
    /// </summary>
    public static TextPosition?[] Locate(ReadOnlyMemory<byte> utf8, LineIndex lines, IReadOnlyList<string> paths)
    {
        var targets = new List<(byte[]? Name, int Index)>[paths.Count];
        for (var t = 0; t < paths.Count; t++)
        {
            targets[t] = PathSegments(paths[t]);
        }

        var offsets = new long?[paths.Count];
        var left = 0; // targets whose top-level property is still to be met: the pass ends when none is
        for (var t = 0; t < targets.Length && t < 64; t++)
        {
            left += targets[t].Count > 0 && targets[t][0].Name is not null ? 1 : 0;
        }

        var reader = new Utf8JsonReader(utf8.Span, DiagnosticWalk.StrictReader);
        reader.Read();
        while (left > 0 && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var at = reader.TokenStartIndex;
            var hits = 0UL; // the targets (up to 64 per pass) this property leads into
            for (var t = 0; t < targets.Length && t < 64; t++)
            {
                if (targets[t].Count > 0 && targets[t][0].Name is { } name && offsets[t] is null && reader.ValueTextEquals(name.AsSpan()))
                {
                    offsets[t] = at;
                    hits |= 1UL << t;
                    left--;
                }
            }

            reader.Read();
            for (var t = 0; hits != 0 && t < targets.Length && t < 64; t++)
            {
                if ((hits & (1UL << t)) != 0 && targets[t].Count > 1)
                {
                    var inner = reader; // a copy: each target reads the subtree from its start
                    for (var matched = 1; matched < targets[t].Count && FindChild(ref inner, targets[t][matched]) is long found; matched++)
                    {
                        offsets[t] = found;
                    }
                }
            }

            reader.Skip();
        }

        return PositionsAt(offsets, lines);
    }

    private static TextPosition?[] PositionsAt(long?[] offsets, LineIndex lines)
    {
        var positions = new TextPosition?[offsets.Length];
        for (var t = 0; t < offsets.Length; t++)
        {
            positions[t] = offsets[t] is long offset ? lines.At(offset) : null;
        }

        return positions;
    }

    // Moves the reader from a container's start onto the value of one of its children; the child's position is
    // that of its property name, or of the item itself in a list. Null when the container does not hold it.
    private static long? FindChild(ref Utf8JsonReader reader, (byte[]? Name, int Index) segment)
    {
        if (segment.Name is { } name && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var at = reader.TokenStartIndex;
                var hit = reader.ValueTextEquals(name.AsSpan());
                reader.Read();
                if (hit)
                {
                    return at;
                }

                reader.Skip();
            }
        }
        else if (segment.Name is null && reader.TokenType == JsonTokenType.StartArray)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (index++ == segment.Index)
                {
                    return reader.TokenStartIndex;
                }

                reader.Skip();
            }
        }

        return null;
    }

    // "languages[1]" is the property languages, then item 1; "members.smes" two properties. Names as UTF-8, as
    // the reader compares them without converting each property's name.
    private static List<(byte[]? Name, int Index)> PathSegments(string path)
    {
        var segments = new List<(byte[]?, int)>(2);
        if (path.Length == 0)
        {
            return segments; // the document itself: nothing to look for
        }

        if (path.AsSpan().IndexOfAny('.', '[') < 0)
        {
            segments.Add((Encoding.UTF8.GetBytes(path), 0)); // the common case: a top-level field
            return segments;
        }

        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            segments.Add((Encoding.UTF8.GetBytes(bracket < 0 ? part : part[..bracket]), 0));
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                segments.Add((null, int.Parse(part.AsSpan(bracket + 1, close - bracket - 1), CultureInfo.InvariantCulture)));
                bracket = part.IndexOf('[', close);
            }
        }

        return segments;
    }
}
