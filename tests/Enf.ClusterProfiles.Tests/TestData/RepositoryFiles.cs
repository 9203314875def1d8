namespace Enf.ClusterProfiles.Tests.TestData;

/// <summary>
/// The committed files that are generated from code (catalogue, docs, schema). A test compares each with
/// what the code generates; run the tests with <c>UPDATE_GENERATED_FILES=1</c> to rewrite them after a
/// deliberate change, then review and commit the diff.
/// </summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static void AssertMatchesCommitted(string relativePath, string generated)
    {
        var path = PathOf(relativePath);
        if (Environment.GetEnvironmentVariable("UPDATE_GENERATED_FILES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing; run the tests with UPDATE_GENERATED_FILES=1 to write it.");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            committed == generated,
            $"{relativePath} differs from what the code generates; run the tests with UPDATE_GENERATED_FILES=1, review the diff and commit it.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Enf.ClusterProfiles.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Enf.ClusterProfiles.sln) above " + AppContext.BaseDirectory);
    }
}
