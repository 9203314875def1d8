using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;

namespace Enf.ClusterProfiles.Validation;

/// <summary>ECCP's publication criteria for a cluster organisation in an EU/COSME country (profile-v1.md).</summary>
internal enum PublicationCriterion
{
    /// <summary>Management of at least the minimum staff, in full-time equivalents.</summary>
    ManagementFte,

    /// <summary>At least the minimum number of members.</summary>
    Members,

    /// <summary>Members of at least the minimum number of triple-helix types.</summary>
    TripleHelix,

    /// <summary>An English-language website.</summary>
    Website,
}

/// <summary>When the criteria apply and when they are waived, and each criterion's code.</summary>
internal static class PublicationCriteria
{
    /// <summary>Whether the criteria apply: the profile's country is an EU or COSME country.</summary>
    public static bool Apply(ClusterProfile profile) => Countries.IsEuOrCosme(profile.Country);

    /// <summary>
    /// Whether the criteria are waived: the catalogue in use asks for <c>supportProgrammes</c>, and the cluster
    /// belongs to a cluster programme (every item filled and valid, since an invalid field never counts as filled).
    /// </summary>
    public static bool IsWaived(ClusterProfile profile, FieldCatalog catalog)
    {
        if (Used(catalog, FieldPaths.SupportProgrammes) is not { } field || profile.SupportProgrammes is not { } programmes)
        {
            return false;
        }

        var maxLength = field.Constraints.MaxLength ?? int.MaxValue;
        return programmes.Any(FieldValue.IsFilled)
            && programmes.All(p => FieldValue.IsFilled(p) && p.Trim().Length <= maxLength);
    }

    /// <summary>The field at <paramref name="path"/> when the catalogue in use asks for it; a criterion on a field switched off is not checked.</summary>
    public static FieldDefinition? Used(FieldCatalog catalog, string path) =>
        catalog.Find(path) is { Requirement: not FieldRequirement.Unused } field ? field : null;

    /// <summary>The stable issue code of a criterion: the one place a criterion becomes wire text.</summary>
    public static string CodeOf(PublicationCriterion criterion) => criterion switch
    {
        PublicationCriterion.ManagementFte => IssueCodes.PublicationManagementFte,
        PublicationCriterion.Members => IssueCodes.PublicationMembers,
        PublicationCriterion.TripleHelix => IssueCodes.PublicationTripleHelix,
        PublicationCriterion.Website => IssueCodes.PublicationWebsite,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };
}
