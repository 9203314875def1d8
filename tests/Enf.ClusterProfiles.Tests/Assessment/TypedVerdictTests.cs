using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reporting;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.Extensions.Time.Testing;

namespace Enf.ClusterProfiles.Tests.Assessment;

/// <summary>Verdicts come from typed findings and settings, not from the messages or the capped list of issues.</summary>
public class TypedVerdictTests
{
    // Three errors: a bad e-mail address, a bad website and a description too short.
    private static ClusterProfile ThreeErrors() => ClusterProfileBuilder.MandatoryOnly() with
    {
        Contact = new ContactDetails { Email = "info@cluster" },
        Website = "not a url",
        Description = "Too short.",
    };

    [Fact]
    public void The_report_counts_every_error_when_the_cap_keeps_fewer()
    {
        var assessment = ClusterProfileBuilder.Assessor(o => o.MaxIssues = 1).Assess(ThreeErrors());

        var row = ProfileReportRow.From(assessment, ThreeErrors());

        Assert.True(assessment.Partial);
        Assert.Equal(2, assessment.Issues.Count); // one error kept, and the note that says the rest were left out
        Assert.Equal(3, assessment.ErrorCount);
        Assert.Equal(3, row.Errors); // the capped list under-counted this (a bug until the counts became typed)
    }

    [Fact]
    public void The_counts_are_the_same_with_and_without_the_cap()
    {
        var uncapped = ClusterProfileBuilder.Assessor().Assess(ThreeErrors());
        var capped = ClusterProfileBuilder.Assessor(o => o.MaxIssues = 1).Assess(ThreeErrors());

        Assert.Equal(uncapped.Issues.Count(i => i.Severity == IssueSeverity.Error), capped.ErrorCount);
        Assert.Equal(uncapped.Issues.Count(i => i.Severity == IssueSeverity.Warning), capped.WarningCount);
        Assert.Equal(uncapped.Valid, capped.Valid);
        Assert.Equal(uncapped.Fields, capped.Fields);
        Assert.Equal(uncapped.Publication.Unmet, capped.Publication.Unmet);
    }

    [Fact]
    public void Publication_readiness_follows_the_thresholds_in_the_options()
    {
        var profile = ClusterProfileBuilder.MandatoryOnly() with { Members = new MemberCounts { Smes = 10, ResearchAndEducation = 2 } };

        var eccp = ClusterProfileBuilder.Assessor().Assess(profile).Publication;
        var lenient = ClusterProfileBuilder.Assessor(o => o.Publication.MinimumMembers = 12).Assess(profile).Publication;

        Assert.Contains(IssueCodes.PublicationMembers, eccp.Unmet);
        Assert.DoesNotContain(IssueCodes.PublicationMembers, lenient.Unmet);
    }

    [Fact]
    public void A_label_that_expires_within_the_window_is_said_so_once_in_the_assessment()
    {
        var profile = ClusterProfileBuilder.MandatoryOnly() with
        {
            ClusterLabel = new ClusterLabel { Tier = LabelTier.Gold, ValidUntil = ClusterProfileBuilder.Today.AddDays(30) },
        };

        var soon = ClusterProfileBuilder.Assessor().Assess(profile);
        var off = ClusterProfileBuilder.Assessor(o => o.LabelExpiresSoonDays = 0).Assess(profile);

        Assert.True(soon.LabelExpiresSoon);
        Assert.False(soon.LabelExpired);
        Assert.True(ProfileReportRow.From(soon, profile).LabelExpiresSoon);
        Assert.False(off.LabelExpiresSoon);
        Assert.False(ProfileReportRow.From(off, profile).LabelExpiresSoon);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_said_so_by_the_assessment_not_by_its_code()
    {
        var document = await Enf.ClusterProfiles.Json.ProfileDocument.ReadFileAsync(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.json"));

        var assessment = ClusterProfileBuilder.Assessor().Assess(document);

        Assert.True(assessment.SourceUnreadable);
        Assert.False(assessment.Readable);
        Assert.False(ClusterProfileBuilder.Assessor().AssessJson("{").SourceUnreadable); // malformed, but read
    }
}

/// <summary>"Today" is the calendar day in the options' time zone (Finland's by default), never the server's.</summary>
public class TodayTimeZoneTests
{
    // 22:30 UTC on 3 December is 00:30 on 4 December in Helsinki (UTC+2 in winter).
    private static readonly DateTimeOffset JustAfterMidnightInHelsinki = new(2026, 12, 3, 22, 30, 0, TimeSpan.Zero);

    // Updated exactly 365 days before 3 December 2026: stale on 4 December (366 days), not on 3 December.
    private static ClusterProfile UpdatedOn(DateOnly day) => ClusterProfileBuilder.MandatoryOnly() with { LastUpdated = day };

    [Fact]
    public void Across_midnight_the_day_is_Helsinki_s_by_default()
    {
        var assessor = new ProfileAssessor(new(), new FakeTimeProvider(JustAfterMidnightInHelsinki));

        var assessment = assessor.Assess(UpdatedOn(new DateOnly(2025, 12, 3)));

        Assert.Equal(new DateOnly(2026, 12, 4), assessor.Today());
        Assert.Equal(new DateOnly(2026, 12, 4), assessment.AssessedOn);
        Assert.True(assessment.Stale);
    }

    [Fact]
    public void Another_zone_is_a_setting()
    {
        var assessor = new ProfileAssessor(new() { TimeZone = TimeZoneInfo.Utc }, new FakeTimeProvider(JustAfterMidnightInHelsinki));

        var assessment = assessor.Assess(UpdatedOn(new DateOnly(2025, 12, 3)));

        Assert.Equal(new DateOnly(2026, 12, 3), assessment.AssessedOn);
        Assert.False(assessment.Stale);
    }

    [Fact]
    public void The_server_s_own_zone_does_not_decide()
    {
        // A clock whose local zone is far west of Finland: 22:30 UTC is still 3 December there.
        var clock = new FakeTimeProvider(JustAfterMidnightInHelsinki);
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("West", TimeSpan.FromHours(-10), "West", "West"));

        Assert.Equal(new DateOnly(2026, 12, 4), new ProfileAssessor(new(), clock).Today());
    }

    [Fact]
    public void Finland_s_built_in_rules_match_the_system_s_zone_through_the_year()
    {
        var builtIn = Enf.ClusterProfiles.Validation.HelsinkiTime.BuiltIn();
        var system = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
        for (var at = new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.Zero); at.Year == 2026; at = at.AddHours(7))
        {
            Assert.Equal(system.GetUtcOffset(at), builtIn.GetUtcOffset(at));
        }

        // The two nights the clocks change, hour by hour.
        foreach (var night in new[] { new DateTimeOffset(2026, 3, 28, 22, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 24, 22, 0, 0, TimeSpan.Zero) })
        {
            for (var at = night; at < night.AddHours(6); at = at.AddMinutes(30))
            {
                Assert.Equal(system.GetUtcOffset(at), builtIn.GetUtcOffset(at));
            }
        }
    }
}
