using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Configuration;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>ECCP's PRO status: every mandatory field and at least a share (half by default) of the optional ones.</summary>
internal static class ProScoring
{
    // The spec's rule is 2 × filled ≥ total; with a configurable share that is filled ≥ ⌈share × total⌉.
    // The small epsilon keeps 0.5 × 21 = 10.5 from rounding up to 12 through floating-point noise.
    public static int Required(double threshold, int optionalTotal) => (int)Math.Ceiling((threshold * optionalTotal) - 1e-9);

    /// <summary>PRO eligibility with advice: how many more optional fields, and which to fill first.</summary>
    public static ProEligibility Score(FieldCatalog catalog, ClusterProfilesOptions options, List<FieldStatus> fields, bool valid)
    {
        var (total, filled) = (0, 0);
        var missing = new List<(int Order, int Index, string Path)>(fields.Count); // sized once: growing it was a visible cost
        foreach (var field in fields)
        {
            if (field.Requirement == FieldRequirement.Optional)
            {
                total++;
                if (field.State == FieldState.Filled)
                {
                    filled++;
                }
                else
                {
                    missing.Add((catalog[field.Path].SuggestionOrder, missing.Count, field.Path));
                }
            }
        }

        var needed = Math.Max(0, Required(options.ProThreshold, total) - filled);
        missing.Sort(); // by suggestion order, then the catalogue's order
        var suggestions = new List<string>();
        for (var i = 0; i < missing.Count && i < Math.Max(needed, options.SuggestionCount); i++)
        {
            suggestions.Add(missing[i].Path);
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
