using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Portal.Registry;
using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Portal.Pages.Review;

/// <summary>The reviewer's queue: every profile waiting for review, oldest first; one listing and one export of the waiting profiles.</summary>
public sealed class IndexModel(IPortalRegistry registry, ProfileAssessor assessor, TimeProvider clock) : PortalPageModel(registry, assessor, clock)
{
    public IReadOnlyList<(RegistryListItem Profile, ProfileAssessment Assessment)> Queue { get; private set; } = [];

    public string? Decided { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Decided = Request.Query["decided"].ToString() is { Length: > 0 } d ? d : null;
        var waiting = await Registry.ListAsync(ProfileStatus.NeedsReview, cancellationToken);
        var contents = waiting.Count == 0 ? new Dictionary<string, string>() : await Registry.ExportAsync(ProfileStatus.NeedsReview, cancellationToken);
        Queue = [.. waiting
            .Where(p => contents.ContainsKey(p.Id)) // decided since the listing
            .OrderBy(p => p.UpdatedAt)
            .Select(p => (p, Assess(contents[p.Id])))];
    }
}
