using Enf.ClusterProfiles.Reporting;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Reporting;

public class RegionalSummaryTests
{
    [Fact]
    public void The_summary_counts_by_region_with_fill_rates()
    {
        var assessor = ClusterProfileBuilder.Assessor();
        var builder = new RegionalSummaryBuilder()
            .Add(assessor.Assess(ClusterProfileBuilder.Full()))                                             // FI1D9, PRO
            .Add(assessor.Assess(ClusterProfileBuilder.MandatoryOnly() with { Region = "FI1D9" }))           // FI1D9, valid
            .Add(assessor.Assess(ClusterProfileBuilder.MandatoryOnly() with { Region = "FI1D7", City = null, LastUpdated = new DateOnly(2020, 1, 1) })) // FI1D7, invalid, stale
            .Add(assessor.Assess(ClusterProfileBuilder.NonEuMandatoryOnly()))                                // NO
            .Add(assessor.AssessJson("{ not json"));                                                         // unknown, unreadable

        var summary = builder.Build();

        Assert.Equal(["FI1D7", "FI1D9", "NO", "unknown"], summary.Regions.Select(r => r.Key));
        var overall = summary.Overall;
        Assert.Equal((5, 3, 1, 1, 1), (overall.Profiles, overall.Valid, overall.Pro, overall.Stale, overall.Unreadable));
        var oulu = summary.Regions.Single(r => r.Key == "FI1D9");
        Assert.Equal(2, oulu.Profiles);
        var acronym = oulu.FillRates.Single(f => f.Path == "acronym");
        Assert.Equal((1, 2, 0.5), (acronym.Filled, acronym.Applicable, acronym.Rate));
        Assert.Equal("id", overall.FillRates[0].Path);
        Assert.Equal(4, overall.FillRates.Single(f => f.Path == "name").Applicable);
        Assert.Equal(1, summary.Regions.Single(r => r.Key == "FI1D7").FillRates.Single(f => f.Path == "city").Applicable);
        Assert.Equal(0, summary.Regions.Single(r => r.Key == "FI1D7").FillRates.Single(f => f.Path == "city").Filled);
    }

    [Fact]
    public void A_region_outside_the_profile_country_falls_back_to_the_country()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.MandatoryOnly() with { Region = "SE332" });

        Assert.Equal("FI", RegionalSummaryBuilder.KeyOf(assessment));
    }

    [Fact]
    public void An_empty_summary_has_zero_counts() =>
        Assert.Equal(0, new RegionalSummaryBuilder().Build().Overall.Profiles);
}
