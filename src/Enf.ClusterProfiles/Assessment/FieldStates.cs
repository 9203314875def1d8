using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Validation;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>Each field's state, from the profile and the typed findings: what completeness and PRO count.</summary>
internal static class FieldStates
{
    /// <summary>The state of every field that applies to the profile (filled, missing, invalid, expired).</summary>
    public static List<FieldStatus> Of(FieldCatalog catalog, ClusterProfile profile, IReadOnlyList<Finding> read, List<RuleFinding> found, DroppedPaths dropped, bool euOrCosme, DateOnly today)
    {
        // The fields with an error, and those with an error other than a missing value (most profiles have none).
        HashSet<FieldDefinition>? withError = null;
        HashSet<FieldDefinition>? withWrongValue = null;
        for (var i = 0; i < read.Count; i++) // indexed: a foreach over the interface would allocate its enumerator
        {
            if (read[i].Severity == IssueSeverity.Error && catalog.FieldOf(read[i].Path) is { } field)
            {
                (withError ??= []).Add(field);
                (withWrongValue ??= []).Add(field);
            }
        }

        foreach (var finding in found)
        {
            if (finding.Severity == IssueSeverity.Error && finding.Field is { } field)
            {
                (withError ??= []).Add(field);
                if (finding.Kind != FindingKind.Missing)
                {
                    (withWrongValue ??= []).Add(field);
                }
            }
        }

        var statuses = new List<FieldStatus>(catalog.Fields.Count);
        foreach (var field in catalog.Fields)
        {
            var requirement = field.IsMandatoryFor(euOrCosme) ? FieldRequirement.Mandatory
                : field.IsOptionalFor(euOrCosme) ? FieldRequirement.Optional
                : (FieldRequirement?)null;
            if (requirement is null)
            {
                continue;
            }

            var hasContent = field.HasContent(profile);
            var state = hasContent && withError?.Contains(field) == true ? FieldState.Invalid
                : !hasContent && (withWrongValue?.Contains(field) == true || dropped.Touches(field.Path)) ? FieldState.Invalid // present in the input, but dropped for its type
                : !hasContent ? FieldState.Missing
                : FieldRules.IsExpired(field, profile, today) ? FieldState.Expired
                : FieldState.Filled;
            statuses.Add(new FieldStatus(field.Path, requirement.Value, state));
        }

        return statuses;
    }
}
