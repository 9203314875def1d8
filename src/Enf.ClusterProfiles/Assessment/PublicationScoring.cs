using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Validation;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>Publication readiness: the criteria apply in EU/COSME countries and may be waived by a cluster programme.</summary>
internal static class PublicationScoring
{
    /// <summary>Whether the profile meets ECCP's publication criteria, from the criteria the rules found unmet.</summary>
    public static PublicationReadiness Of(FieldCatalog catalog, ClusterProfile profile, List<RuleFinding> found, bool valid, bool euOrCosme)
    {
        var waived = euOrCosme && PublicationCriteria.IsWaived(profile, catalog);
        List<string>? unmet = null;
        foreach (var finding in found)
        {
            if (finding.Criterion is PublicationCriterion criterion && PublicationCriteria.CodeOf(criterion) is var code && (unmet is null || !unmet.Contains(code)))
            {
                (unmet ??= []).Add(code);
            }
        }

        return new PublicationReadiness
        {
            Ready = valid && unmet is null,
            Applies = euOrCosme,
            Waived = waived,
            Unmet = unmet ?? [],
        };
    }
}
