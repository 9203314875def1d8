using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Bulk;

/// <summary>
/// The columns of a spreadsheet (CSV or .xlsx): a header cell names a field by its path (<c>contact.email</c>)
/// or by its label in English, Finnish or Swedish (<c>Yhteyssähköposti</c>), in any case; and a cell's
/// name as a spreadsheet shows it (<c>I3</c>). What a template or an export needs to lay out its columns.
/// </summary>
public static class SpreadsheetColumns
{
    private static readonly Lazy<Dictionary<string, string>> Names = new(() => NamesOf(FieldCatalog.Version1, ProfileShape.Version1));
    private static readonly Lazy<IReadOnlyList<string>> Leaves = new(() => LeafPaths(ProfileShape.Version1));

    /// <summary>
    /// The path of every column a profile can fill, in catalogue order: a field's path, or one column per part of
    /// an object field (<c>members.smes</c>, <c>clusterLabel.validUntil</c>).
    /// </summary>
    public static IReadOnlyList<string> Paths => Leaves.Value;

    /// <summary>The header a column gets for people: the field's label in the culture's language (<c>Jäsenet › pk-yritykset</c>).</summary>
    /// <param name="path">A column's path, from <see cref="Paths"/>.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    public static string Label(string path, CultureInfo? culture = null) => FieldCatalog.Version1.LabelOf(path, culture);

    private static List<string> LeafPaths(ProfileShape shape)
    {
        var paths = new List<string>();
        void Walk(string prefix, ProfileShape node)
        {
            if (node.Kind != ShapeKind.Object || node.Properties is null)
            {
                paths.Add(prefix);
                return;
            }

            foreach (var (name, child) in node.Properties)
            {
                Walk(FieldPaths.Child(prefix, name), child);
            }
        }

        Walk(string.Empty, shape);
        return paths;
    }

    /// <summary>The path a header cell names: a known path or label (any case, en/fi/sv), else the text itself (reported as unknown later).</summary>
    /// <param name="header">The header cell's text.</param>
    public static string PathOf(string header)
    {
        var text = header.Trim();
        return Names.Value.TryGetValue(text, out var path) ? path : text;
    }

    /// <summary>Whether a header cell names a field of the version (by path or label).</summary>
    /// <param name="header">The header cell's text.</param>
    public static bool IsKnown(string header) => Names.Value.ContainsKey(header.Trim());

    /// <summary>
    /// Whether a row names, by path, the same field in every non-blank cell as the header row does by label:
    /// the second header row of the template that <c>init</c> writes (labels for people, paths for machines).
    /// </summary>
    internal static bool RepeatsHeader(IReadOnlyList<string?> paths, IReadOnlyList<object?> cells)
    {
        var named = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not string text || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (i >= paths.Count || !IsKnown(text) || !string.Equals(PathOf(text), paths[i], StringComparison.Ordinal))
            {
                return false;
            }

            named++;
        }

        return named > 0;
    }

    /// <summary>A column's letters from its 1-based number: 1 → A, 27 → AA.</summary>
    /// <param name="column">The column's number, from 1.</param>
    public static string Letters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[--at] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[at..]);
    }

    /// <summary>A cell's name: column letters and row number, such as <c>I3</c>.</summary>
    /// <param name="row">The row's number, from 1.</param>
    /// <param name="column">The column's number, from 1.</param>
    public static string CellName(int row, int column) => Letters(column) + row.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> NamesOf(FieldCatalog catalog, ProfileShape shape)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in LeafPaths(shape))
        {
            names.TryAdd(path, path);
            foreach (var culture in LocalizedText.SupportedCultures)
            {
                names.TryAdd(catalog.LabelOf(path, culture), path);
            }
        }

        return names;
    }
}
