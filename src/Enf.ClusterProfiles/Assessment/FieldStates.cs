using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Validation;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>Each field's state, from the profile and the issues found: what completeness and PRO count.</summary>
internal static class FieldStates
{
    /// <summary>The state of every field that applies to the profile (filled, missing, invalid, expired).</summary>
    public static List<FieldStatus> Of(FieldCatalog catalog, ClusterProfile profile, List<ProfileIssue> issues, DroppedPaths dropped, bool euOrCosme, DateOnly today)
    {
        // The fields with an error, and those with an error other than "missing" (most profiles have none).
        HashSet<string?>? invalid = null;
        HashSet<string?>? itemErrors = null;
        foreach (var issue in issues)
        {
            if (issue.Severity == IssueSeverity.Error)
            {
                var path = catalog.FieldOf(issue.Path)?.Path;
                (itemErrors ??= new(StringComparer.Ordinal)).Add(path);
                if (issue.Code != IssueCodes.Required)
                {
                    (invalid ??= new(StringComparer.Ordinal)).Add(path);
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
            var state = hasContent && itemErrors?.Contains(field.Path) == true ? FieldState.Invalid
                : !hasContent && (invalid?.Contains(field.Path) == true || dropped.Touches(field.Path)) ? FieldState.Invalid // present in the input, but dropped for its type
                : !hasContent ? FieldState.Missing
                : FieldRules.IsExpired(field, profile, today) ? FieldState.Expired
                : FieldState.Filled;
            statuses.Add(new FieldStatus(field.Path, requirement.Value, state));
        }

        return statuses;
    }
}
