using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Validation;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>
/// Each field's state, from the profile and the typed findings: what completeness and PRO count. Built once per
/// catalogue: a field's status is one of eight values (mandatory or optional, four states), made here once and
/// shared by every assessment, since a status per field and profile was most of an assessment's allocations.
/// </summary>
internal sealed class FieldStates
{
    private readonly FieldCatalog catalog;
    private readonly FieldStatus[] statuses;

    public FieldStates(FieldCatalog catalog)
    {
        this.catalog = catalog;
        statuses = new FieldStatus[catalog.Fields.Count * 8];
        for (var i = 0; i < catalog.Fields.Count; i++)
        {
            foreach (var state in Enum.GetValues<FieldState>())
            {
                statuses[Slot(i, FieldRequirement.Mandatory, state)] = new FieldStatus(catalog.Fields[i].Path, FieldRequirement.Mandatory, state);
                statuses[Slot(i, FieldRequirement.Optional, state)] = new FieldStatus(catalog.Fields[i].Path, FieldRequirement.Optional, state);
            }
        }
    }

    private static int Slot(int field, FieldRequirement requirement, FieldState state) =>
        (field * 8) + (requirement == FieldRequirement.Mandatory ? 0 : 4) + (int)state;

    /// <summary>The state of every field that applies to the profile (filled, missing, invalid, expired).</summary>
    public List<FieldStatus> Of(ClusterProfile profile, IReadOnlyList<Finding> read, List<RuleFinding> found, DroppedPaths dropped, bool euOrCosme, DateOnly today)
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

        var fields = catalog.Fields;
        var result = new List<FieldStatus>(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
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
            result.Add(statuses[Slot(i, requirement.Value, state)]);
        }

        return result;
    }
}
