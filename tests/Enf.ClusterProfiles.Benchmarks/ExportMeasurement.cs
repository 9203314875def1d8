using Enf.ClusterProfiles.Registry.Storage;
using Enf.ClusterProfiles.Testing;

namespace Enf.ClusterProfiles.Benchmarks;

/// <summary>Seeds a registry database with generated published profiles; measure.sh then exports them from a registry process.</summary>
public static class ExportMeasurement
{
    public static void Seed(int count, string dataDirectory)
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        var store = new ProfileStore(new RegistryDatabase(dataDirectory), TimeProvider.System);
        store.ImportPublished(ProfileFaker.Generate(count), by: "admin");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Console.WriteLine($"seeded {count} published profiles in {dataDirectory}");
    }
}
