using Enf.ClusterProfiles.Assessment;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>One demo account made at the first start; its token exists only here and in the start-up output.</summary>
public sealed record DemoAccount(string Name, string Role, string Token, IReadOnlyList<string> Profiles);

/// <summary>
/// On the first start of the embedded registry: a council reviewer and two cluster managers, and the example
/// profiles (docs/examples) shared between the managers, published when valid and drafts otherwise. The tokens
/// are printed once; the registry keeps only their hashes.
/// </summary>
public sealed class DemoAccounts(EmbeddedRegistry registry, ProfileAssessor assessor, PortalSettings settings)
{
    /// <summary>The accounts made by this start (empty when the data folder already had accounts).</summary>
    public IReadOnlyList<DemoAccount> Created { get; private set; } = [];

    public DemoAccount Account(string name) => Created.Single(a => a.Name == name);

    public void EnsureCreated()
    {
        if (settings.RegistryUrl is not null || registry.HasAccounts())
        {
            return;
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "examples");
        var examples = (Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [])
            .Order(StringComparer.Ordinal)
            .Select(file => (File: file, Json: File.ReadAllText(file), Assessment: assessor.AssessJson(File.ReadAllText(file))))
            .Where(e => e.Assessment.Id is not null)
            .ToList();

        // East Finland (North Karelia, North Savo, South Savo) and the north (the rest, the Norwegian partner included).
        static bool East(string file) => Path.GetFileName(file) is var name && (name.StartsWith("joensuu", StringComparison.Ordinal)
            || name.StartsWith("kuopio", StringComparison.Ordinal) || name.StartsWith("mikkeli", StringComparison.Ordinal));
        var east = examples.Where(e => East(e.File)).ToList();
        var north = examples.Where(e => !East(e.File)).ToList();
        var accounts = new List<DemoAccount>
        {
            new("council-reviewer", Roles.Reviewer, registry.CreateAccount("council-reviewer", Roles.Reviewer, []), []),
            Manager("manager-north", north),
            Manager("manager-east", east),
        };
        Created = accounts;

        Console.WriteLine("Demo accounts (sign in with the token; it is shown this once and stored only as a hash):");
        foreach (var account in accounts)
        {
            Console.WriteLine($"  {account.Role,-9} {account.Name,-17} {account.Token}" +
                (account.Profiles.Count > 0 ? $"  ({string.Join(", ", account.Profiles)})" : string.Empty));
        }

        DemoAccount Manager(string name, List<(string File, string Json, ProfileAssessment Assessment)> owned)
        {
            var token = registry.CreateAccount(name, Roles.Manager, owned.Select(e => e.Assessment.Id!));
            foreach (var (_, json, assessment) in owned)
            {
                registry.Seed(assessment.Id!, json, assessment.Valid ? ProfileStatus.Published : ProfileStatus.Draft, name);
            }

            return new DemoAccount(name, Roles.Manager, token, [.. owned.Select(e => e.Assessment.Id!)]);
        }
    }
}
