using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Portal.Registry;
using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Portal.Pages.Clusters;

/// <summary>
/// My clusters: each with its status, PRO badge, completeness, last update and label expiry. The status, name and
/// reviewer's comment come from the one listing request; the contents (for the completeness) from one export per
/// status for a reviewer, and for a manager, whose drafts no bulk read returns, one read of each own profile (never its history).
/// </summary>
public sealed class IndexModel(IPortalRegistry registry, ProfileAssessor assessor, TimeProvider clock) : PortalPageModel(registry, assessor, clock)
{
    public sealed record Row(RegistryListItem Profile, ProfileAssessment Assessment, DateOnly? LabelValidUntil);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool Reviewer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await Registry.AuthenticateAsync(cancellationToken);
        Reviewer = account?.Reviews == true;
        var listed = (await Registry.ListAsync(null, cancellationToken)).Where(p => Reviewer || account?.Owns(p.Id) == true).ToList();
        var contents = Reviewer ? await ExportedAsync(listed, cancellationToken) : await ReadAsync(listed, cancellationToken);
        Rows = [.. listed
            .Where(p => contents.ContainsKey(p.Id)) // gone from the caller's view since the listing
            .Select(p => new Row(p, Assess(contents[p.Id]), LabelValidUntil(contents[p.Id])))
            .OrderBy(r => r.Assessment.Name ?? r.Profile.Name ?? r.Profile.Id, StringComparer.CurrentCulture)];
    }

    // Each status listed, in one export: the latest version of each profile of that status.
    private async Task<Dictionary<string, string>> ExportedAsync(List<RegistryListItem> listed, CancellationToken cancellationToken)
    {
        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var status in listed.Select(p => p.Status).Distinct())
        {
            var exported = await Registry.ExportAsync(status, cancellationToken);
            foreach (var item in listed.Where(p => p.Status == status))
            {
                if (exported.TryGetValue(item.Id, out var json))
                {
                    contents[item.Id] = json;
                }
            }
        }

        return contents;
    }

    private async Task<Dictionary<string, string>> ReadAsync(List<RegistryListItem> listed, CancellationToken cancellationToken)
    {
        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in listed)
        {
            if (await Registry.ReadAsync(item.Id, cancellationToken) is { } json)
            {
                contents[item.Id] = json;
            }
        }

        return contents;
    }
}
