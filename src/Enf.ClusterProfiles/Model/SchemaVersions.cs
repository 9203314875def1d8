namespace Enf.ClusterProfiles.Model;

/// <summary>Versions of the profile wire format.</summary>
public static class SchemaVersions
{
    /// <summary>Version 1.0, the one assumed when a profile carries none.</summary>
    public const string V1 = "1.0";

    /// <summary>The versions this library reads.</summary>
    public static IReadOnlyList<string> Known { get; } = [V1];
}
