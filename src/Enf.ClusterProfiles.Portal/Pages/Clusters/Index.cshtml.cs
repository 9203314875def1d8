using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Portal.Registry;

namespace Enf.ClusterProfiles.Portal.Pages.Clusters;

/// <summary>My clusters: each with its status, PRO badge, completeness, last update and label expiry.</summary>
public sealed class IndexModel(IPortalRegistry registry, ProfileAssessor assessor, TimeProvider clock) : PortalPageModel(registry, assessor, clock)
{
    public sealed record Row(RegistryProfile Profile, ProfileAssessment Assessment, DateOnly? LabelValidUntil);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool Reviewer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await Registry.AuthenticateAsync(Token, cancellationToken);
        Reviewer = account?.Reviews == true;
        var visible = await Registry.ListAsync(Token, null, cancellationToken);
        Rows = [.. visible
            .Where(p => Reviewer || account?.Owns(p.Id) == true)
            .Select(p => new Row(p, Assess(p.Json), LabelValidUntil(p.Json)))
            .OrderBy(r => r.Assessment.Name ?? r.Profile.Id, StringComparer.CurrentCulture)];
    }
}
