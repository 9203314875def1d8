using System.Text.Json.Nodes;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>
/// The paths of the profile's fields, and the one place that takes a path apart or puts one together
/// (<c>contact.email</c>, <c>technologyFields[2]</c>). Code that means a field by name uses these constants,
/// then looks the field up in the catalogue in use.
/// </summary>
public static class FieldPaths
{
#pragma warning disable CS1591 // each constant is the field's path as written in profile-v1.md
    public const string Id = "id";
    public const string ProfileType = "profileType";
    public const string Name = "name";
    public const string Country = "country";
    public const string Website = "website";
    public const string Contact = "contact";
    public const string ContactEmail = "contact.email";
    public const string ManagementFte = "managementFte";
    public const string Members = "members";
    public const string Region = "region";
    public const string SupportProgrammes = "supportProgrammes";
    public const string ClusterLabel = "clusterLabel";
    public const string LastUpdated = "lastUpdated";
    public const string SchemaVersion = "schemaVersion";
#pragma warning restore CS1591

    /// <summary>The path of the object or list that holds <paramref name="path"/>; empty at the top.</summary>
    /// <param name="path">A JSON path such as <c>members.smes</c> or <c>languages[1]</c>.</param>
    public static string Parent(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? string.Empty : path[..cut];
    }

    /// <summary>The path of a property inside an object at <paramref name="path"/>; the property alone at the top.</summary>
    /// <param name="path">The object's path, empty for the profile itself.</param>
    /// <param name="name">The property name.</param>
    public static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>The path of the item at <paramref name="index"/> of the list at <paramref name="path"/>.</summary>
    /// <param name="path">The list's path.</param>
    /// <param name="index">0-based position.</param>
    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>The property names along a dotted field path: <c>contact.email</c> is <c>contact</c>, <c>email</c>.</summary>
    /// <param name="path">A field path without list positions.</param>
    public static string[] Segments(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Split('.');
    }

    /// <summary>The value at a dotted field path of a JSON object (<c>contact.email</c>), or <see langword="null"/> when any part is absent.</summary>
    /// <param name="root">The profile as a JSON object.</param>
    /// <param name="path">A field path without list positions.</param>
    public static JsonNode? ValueAt(JsonNode? root, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var segment in Segments(path))
        {
            root = root is JsonObject parent ? parent[segment] : null;
        }

        return root;
    }

    /// <summary>Sets the value at a dotted field path, making the objects on the way that are missing.</summary>
    /// <param name="root">The profile as a JSON object.</param>
    /// <param name="path">A field path without list positions.</param>
    /// <param name="value">The value; <see langword="null"/> writes JSON <c>null</c>.</param>
    public static void SetValueAt(JsonObject root, string path, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(root);
        var segments = Segments(path);
        var parent = root;
        foreach (var segment in segments[..^1])
        {
            if (parent[segment] is not JsonObject child)
            {
                child = [];
                parent[segment] = child;
            }

            parent = child;
        }

        parent[segments[^1]] = value;
    }

    /// <summary>Removes the value at a dotted field path, and an object on the way that it leaves empty.</summary>
    /// <param name="root">The profile as a JSON object.</param>
    /// <param name="path">A field path without list positions.</param>
    public static void RemoveValueAt(JsonObject root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        var segments = Segments(path);
        if (segments.Length == 1)
        {
            root.Remove(path);
            return;
        }

        if (root[segments[0]] is JsonObject parent)
        {
            parent.Remove(string.Join('.', segments[1..]));
            if (parent.Count == 0)
            {
                root.Remove(segments[0]);
            }
        }
        else
        {
            root.Remove(segments[0]);
        }
    }
}
