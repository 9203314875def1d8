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
}
