using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Configuration;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>
/// ECCP's PRO status: every mandatory field and at least a share (half by default) of the optional ones. Built once
/// per catalogue, with the fields in the order they are suggested, so that a profile's advice needs no sort.
/// </summary>
internal sealed class ProScoring
{
    private readonly FieldCatalog catalog;
    private readonly ClusterProfilesOptions options;
    private readonly int[] suggestionOrder; // catalogue positions, by suggestion order, then the catalogue's order

    public ProScoring(FieldCatalog catalog, ClusterProfilesOptions options)
    {
        this.catalog = catalog;
        this.options = options;
        suggestionOrder = [.. Enumerable.Range(0, catalog.Fields.Count).OrderBy(i => catalog.Fields[i].SuggestionOrder).ThenBy(i => i)];
    }

    // The spec's rule is 2 × filled ≥ total; with a configurable share that is filled ≥ ⌈share × total⌉.
    // The small epsilon keeps 0.5 × 21 = 10.5 from rounding up to 12 through floating-point noise.
    public static int Required(double threshold, int optionalTotal) => (int)Math.Ceiling((threshold * optionalTotal) - 1e-9);

    /// <summary>PRO eligibility with advice: how many more optional fields, and which to fill first.</summary>
    /// <param name="fields">The profile's field states, in the catalogue's order.</param>
    /// <param name="valid">Whether the profile has no errors.</param>
    public ProEligibility Score(List<FieldStatus> fields, bool valid)
    {
        var all = catalog.Fields;
        Span<bool> unfilled = all.Count <= 128 ? stackalloc bool[all.Count] : new bool[all.Count];
        var (total, filled, at) = (0, 0, 0);
        foreach (var field in fields)
        {
            while (!ReferenceEquals(all[at].Path, field.Path))
            {
                at++; // both lists are in the catalogue's order; a field that does not apply is not in the profile's
            }

            if (field.Requirement == FieldRequirement.Optional)
            {
                total++;
                filled += field.State == FieldState.Filled ? 1 : 0;
                unfilled[at] = field.State != FieldState.Filled;
            }
        }

        var needed = Math.Max(0, Required(options.ProThreshold, total) - filled);
        var wanted = Math.Min(Math.Max(needed, options.SuggestionCount), total - filled);
        var suggestions = new List<string>(wanted);
        for (var i = 0; i < suggestionOrder.Length && suggestions.Count < wanted; i++)
        {
            if (unfilled[suggestionOrder[i]])
            {
                suggestions.Add(all[suggestionOrder[i]].Path);
            }
        }

        return new ProEligibility
        {
            Eligible = valid && needed == 0,
            OptionalFilled = filled,
            OptionalTotal = total,
            Needed = needed,
            Suggestions = suggestions,
        };
    }
}
