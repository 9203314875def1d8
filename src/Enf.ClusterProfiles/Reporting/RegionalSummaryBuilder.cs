using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Reference;

namespace Enf.ClusterProfiles.Reporting;

/// <summary>
/// Adds up assessments one at a time into a <see cref="RegionalSummary"/>, keeping counts only, so a
/// region's worth of profiles (or a million) takes the same memory.
/// </summary>
public sealed class RegionalSummaryBuilder
{
    /// <summary>The key of the overall totals.</summary>
    public const string All = "all";

    /// <summary>The key of profiles that name neither a valid region nor a country.</summary>
    public const string Unknown = "unknown";

    private readonly Tally overall = new(All);
    private readonly SortedDictionary<string, Tally> regions = new(StringComparer.Ordinal);

    /// <summary>The group a profile falls in: its valid NUTS region, else its country, else <see cref="Unknown"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    public static string KeyOf(ProfileAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (NutsRegions.IsValidCode(assessment.Region)
            && (assessment.Country is null || NutsRegions.IsInCountry(assessment.Region!, assessment.Country)))
        {
            return assessment.Region!;
        }

        return Countries.IsKnown(assessment.Country) ? assessment.Country! : Unknown;
    }

    /// <summary>Counts one assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>This builder.</returns>
    public RegionalSummaryBuilder Add(ProfileAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var key = KeyOf(assessment);
        if (!regions.TryGetValue(key, out var region))
        {
            region = new Tally(key);
            regions[key] = region;
        }

        overall.Add(assessment);
        region.Add(assessment);
        return this;
    }

    /// <summary>The summary of everything added so far.</summary>
    public RegionalSummary Build() => new()
    {
        Overall = overall.ToTotals(),
        Regions = [.. regions.Values.Select(r => r.ToTotals())],
    };

    private sealed class Tally(string key)
    {
        private readonly Dictionary<string, (int Filled, int Applicable)> fields = new(StringComparer.Ordinal);
        private readonly List<string> fieldOrder = [];
        private int profiles;
        private int valid;
        private int pro;
        private int ready;
        private int expired;
        private int stale;
        private int unreadable;
        private double completeness;

        public void Add(ProfileAssessment a)
        {
            profiles++;
            valid += a.Valid ? 1 : 0;
            pro += a.Pro.Eligible ? 1 : 0;
            ready += a.Publication.Ready ? 1 : 0;
            expired += a.LabelExpired ? 1 : 0;
            stale += a.Stale ? 1 : 0;
            if (!a.Readable)
            {
                unreadable++;
                return;
            }

            completeness += a.Completeness;
            foreach (var field in a.Fields)
            {
                if (!fields.TryGetValue(field.Path, out var count))
                {
                    fieldOrder.Add(field.Path);
                }

                fields[field.Path] = (count.Filled + (field.State == FieldState.Filled ? 1 : 0), count.Applicable + 1);
            }
        }

        public RegionTotals ToTotals() => new()
        {
            Key = key,
            Profiles = profiles,
            Valid = valid,
            Pro = pro,
            PublicationReady = ready,
            ExpiredLabels = expired,
            Stale = stale,
            Unreadable = unreadable,
            AverageCompleteness = profiles - unreadable == 0 ? 0 : completeness / (profiles - unreadable),
            FillRates = [.. fieldOrder.Select(p => new FieldFillRate(p, fields[p].Filled, fields[p].Applicable))],
        };
    }
}
