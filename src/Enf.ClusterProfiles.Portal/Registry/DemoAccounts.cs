using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Portal.Hosting;
using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Sync;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// On the first start of the in-process registry, through the registry's own API: a council reviewer and two
/// cluster managers (made by the admin), and the example profiles (docs/examples) shared between the managers,
/// each created by its manager and, when ready for ECCP publication, submitted and published by the reviewer (the
/// others stay drafts). An example with errors is not loaded:
/// the registry refuses a profile with errors (registry-api-v1), and a warning in the log says which. The
/// tokens are written once to the standard output (never to the log); the registry keeps only their hashes.
/// </summary>
public sealed class DemoAccounts
{
    private readonly IClusterRegistryApi api;
    private readonly PortalRegistries registries;
    private readonly ProfileAssessor assessor;
    private readonly ILogger<DemoAccounts> logger;

    internal DemoAccounts(IClusterRegistryApi api, PortalRegistries registries, ProfileAssessor assessor, ILogger<DemoAccounts> logger)
    {
        this.api = api;
        this.registries = registries;
        this.assessor = assessor;
        this.logger = logger;
    }

    /// <summary>The accounts made by this start (empty when the registry already had accounts).</summary>
    public IReadOnlyList<DemoAccount> Created { get; private set; } = [];

    public DemoAccount Account(string name) => Created.Single(a => a.Name == name);

    /// <summary>
    /// Makes the accounts and loads the examples, unless the registry has accounts already. Acts as the registry's admin.
    /// The accounts' tokens go to <paramref name="output"/> (the standard output), the one place they are shown.
    /// </summary>
    internal async Task EnsureCreatedAsync(TextWriter output, CancellationToken cancellationToken)
    {
        using (var existing = await api.ListAccountsAsync(cancellationToken))
        {
            if (!existing.IsSuccessStatusCode || existing.Content is not { } list)
            {
                throw new PortalConfigurationException($"the in-process registry answered GET /api/v1/accounts with {(int?)existing.StatusCode}.");
            }

            if (list.Items.Count > 0)
            {
                return;
            }
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "examples");
        var examples = (Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [])
            .Order(StringComparer.Ordinal)
            .Select(file => (File: file, Json: File.ReadAllText(file)))
            .Select(e => (e.File, e.Json, Assessment: assessor.AssessJson(e.Json)))
            .Where(e => e.Assessment.Id is not null)
            .ToList();
        var refused = examples.Where(e => !e.Assessment.Valid).ToList();
        examples = [.. examples.Where(e => e.Assessment.Valid)];

        // East Finland (North Karelia, North Savo, South Savo) and the north (the rest, the Norwegian partner included).
        static bool East(string file) => Path.GetFileName(file) is var name && (name.StartsWith("joensuu", StringComparison.Ordinal)
            || name.StartsWith("kuopio", StringComparison.Ordinal) || name.StartsWith("mikkeli", StringComparison.Ordinal));
        var reviewer = await CreateAsync("council-reviewer", AccountRole.Reviewer, cancellationToken);
        var accounts = new List<DemoAccount>
        {
            new(reviewer.Name, AccountRole.Reviewer, reviewer.Token, []),
            await ManagerAsync("manager-north", [.. examples.Where(e => !East(e.File))]),
            await ManagerAsync("manager-east", [.. examples.Where(e => East(e.File))]),
        };
        Created = accounts;

        // Demo credentials for the loopback-only demo, shown to the person who started the portal: never a log line.
        await output.WriteLineAsync("Demo accounts (sign in with the token; it is shown this once and stored only as a hash):");
        foreach (var account in accounts)
        {
            var role = account.Role.ToString().ToLowerInvariant();
            await output.WriteLineAsync($"  {role,-9} {account.Name,-17} {account.Token}" +
                (account.Profiles.Count > 0 ? $"  ({string.Join(", ", account.Profiles)})" : string.Empty));
        }

        await output.FlushAsync(cancellationToken);
        foreach (var (file, _, assessment) in refused)
        {
            PortalLog.ExampleNotLoaded(logger, Path.GetFileName(file), assessment.Issues.Count(i => i.Severity == Issues.IssueSeverity.Error));
        }

        async Task<DemoAccount> ManagerAsync(string name, List<(string File, string Json, ProfileAssessment Assessment)> owned)
        {
            var account = await CreateAsync(name, AccountRole.Manager, cancellationToken);
            foreach (var (file, json, assessment) in owned)
            {
                // Ready for ECCP publication: submitted and published. Not ready: left a draft for its manager to complete.
                var id = assessment.Id!;
                var manager = registries.As(account.Token);
                var steps = new List<RegistryResult> { await manager.PutAsync(id, json, null, cancellationToken) };
                if (assessment.Publication.Ready)
                {
                    steps.Add(await manager.SubmitAsync(id, cancellationToken));
                    steps.Add(await registries.As(reviewer.Token).ReviewAsync(id, publish: true, comment: null, cancellationToken));
                }

                if (steps.FirstOrDefault(s => !s.Succeeded) is { } failed)
                {
                    throw new PortalConfigurationException($"the example {Path.GetFileName(file)} could not be loaded into the in-process registry ({failed.Outcome} {failed.Problem}).");
                }
            }

            return new DemoAccount(name, AccountRole.Manager, account.Token, [.. owned.Select(e => e.Assessment.Id!)]);
        }
    }

    private async Task<CreatedAccount> CreateAsync(string name, AccountRole role, CancellationToken cancellationToken)
    {
        using var response = await api.CreateAccountAsync(new NewAccount { Name = name, Role = role }, cancellationToken);
        return response.IsSuccessStatusCode && response.Content is { } created
            ? created
            : throw new PortalConfigurationException($"the in-process registry answered POST /api/v1/accounts ({name}) with {(int?)response.StatusCode}.");
    }
}
