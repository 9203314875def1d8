using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Portal.Registry;

namespace Enf.ClusterProfiles.Portal.Pages.Review;

/// <summary>The reviewer's queue: every profile waiting for review, oldest first.</summary>
public sealed class IndexModel(IPortalRegistry registry, ProfileAssessor assessor, TimeProvider clock) : PortalPageModel(registry, assessor, clock)
{
    public IReadOnlyList<(RegistryProfile Profile, ProfileAssessment Assessment)> Queue { get; private set; } = [];

    public string? Decided { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Decided = Request.Query["decided"].ToString() is { Length: > 0 } d ? d : null;
        var waiting = await Registry.ListAsync(Token, ProfileStatus.NeedsReview, cancellationToken);
        Queue = [.. waiting.OrderBy(p => p.UpdatedAt).Select(p => (p, Assess(p.Json)))];
    }
}
