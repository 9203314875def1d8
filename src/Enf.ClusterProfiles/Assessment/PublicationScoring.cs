using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Validation;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>Publication readiness: the criteria apply in EU/COSME countries and may be waived by a cluster programme.</summary>
internal static class PublicationScoring
{
    /// <summary>Whether the profile meets ECCP's publication criteria, from the criteria's findings.</summary>
    public static PublicationReadiness Of(FieldCatalog catalog, ClusterProfile profile, List<ProfileIssue> issues, bool valid, bool euOrCosme)
    {
        var waived = euOrCosme && PublicationCriteriaValidator.IsWaived(profile, catalog);
        var unmet = new List<string>();
        foreach (var issue in issues)
        {
            if (issue.Code.StartsWith("publication.", StringComparison.Ordinal) && issue.Code != IssueCodes.PublicationWaived && !unmet.Contains(issue.Code))
            {
                unmet.Add(issue.Code);
            }
        }

        return new PublicationReadiness
        {
            Ready = valid && unmet.Count == 0,
            Applies = euOrCosme,
            Waived = waived,
            Unmet = unmet,
        };
    }
}
