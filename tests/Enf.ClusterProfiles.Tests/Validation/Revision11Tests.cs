using System.Globalization;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.Extensions.Time.Testing;

namespace Enf.ClusterProfiles.Tests.Validation;

/// <summary>The rules that profile-v1 revision 1.1 changed: trimming, e-mail, label reminder, $ annotations, messages' dates and numbers.</summary>
public class Revision11Tests
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi");

    [Fact]
    public void A_country_with_a_trailing_space_is_that_country_and_keeps_the_profile_in_the_EU()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.Full() with { Country = "FI ", Members = null });

        Assert.Equal("FI", assessment.Country);
        Assert.True(assessment.EuOrCosme);
        assessment.HasIssue(IssueCodes.Required, IssueSeverity.Error, "members"); // M-EU still applies
        assessment.HasNoIssueAt("country");
    }

    [Fact]
    public void Names_starting_with_a_dollar_are_annotations_and_draw_no_finding()
    {
        var json = ClusterProfileJsonText(ClusterProfileBuilder.Full()).Insert(1, "\"$schema\": \"https://example.invalid/profile.json\", \"$help\": { \"name\": \"Full name\" }, ");

        var assessment = ClusterProfileBuilder.Assessor().AssessJson(json);

        Assert.DoesNotContain(assessment.Issues, i => i.Code == IssueCodes.PropertyUnknown);
        Assert.True(assessment.Valid);
    }

    [Theory]
    [InlineData("2027-02-23", true)]  // 90 days ahead: still a reminder
    [InlineData("2027-02-24", false)] // 91 days ahead
    [InlineData("2026-11-25", true)]  // the last valid day
    [InlineData("2026-11-24", false)] // expired: label.expired instead
    public void A_label_that_expires_within_90_days_carries_a_reminder_and_still_counts(string validUntil, bool reminded)
    {
        var assessment = Assessor().Assess(
            ClusterProfileBuilder.Full() with { ClusterLabel = new ClusterLabel { Tier = LabelTier.Gold, ValidUntil = DateOnly.Parse(validUntil, CultureInfo.InvariantCulture) } }, Finnish);

        Assert.Equal(reminded, assessment.Issues.Any(i => i.Code == IssueCodes.LabelExpiresSoon));
        if (reminded)
        {
            var note = assessment.HasIssue(IssueCodes.LabelExpiresSoon, IssueSeverity.Info, "clusterLabel");
            var date = DateOnly.Parse(validUntil, CultureInfo.InvariantCulture);
            Assert.Contains($"{date.Day}.{date.Month}.{date.Year}", note.Message, StringComparison.Ordinal); // the Finnish date, not 2027-02-23
            Assert.Equal(Enf.ClusterProfiles.Assessment.FieldState.Filled, assessment.Fields.Single(f => f.Path == "clusterLabel").State);
        }
    }

    [Fact]
    public void The_reminder_follows_its_setting()
    {
        var profile = ClusterProfileBuilder.Full() with { ClusterLabel = new ClusterLabel { Tier = LabelTier.Gold, ValidUntil = new DateOnly(2027, 1, 15) } };

        // 51 days ahead of 2026-11-25.
        Assert.Contains(Assessor(90).Assess(profile).Issues, i => i.Code == IssueCodes.LabelExpiresSoon);
        Assert.Contains(Assessor(51).Assess(profile).Issues, i => i.Code == IssueCodes.LabelExpiresSoon);
        Assert.DoesNotContain(Assessor(50).Assess(profile).Issues, i => i.Code == IssueCodes.LabelExpiresSoon);
        Assert.DoesNotContain(Assessor(0).Assess(profile).Issues, i => i.Code == IssueCodes.LabelExpiresSoon);
    }

    [Fact]
    public void Dates_and_numbers_in_Finnish_and_Swedish_messages_are_written_as_those_languages_write_them()
    {
        var profile = ClusterProfileBuilder.Full() with
        {
            SupportProgrammes = null,
            ManagementFte = 0.25m,
            ClusterLabel = new ClusterLabel { Tier = LabelTier.Gold, ValidUntil = new DateOnly(2025, 6, 30) },
        };

        foreach (var language in new[] { "fi", "sv" })
        {
            var assessment = Assessor().Assess(profile, CultureInfo.GetCultureInfo(language));
            var expired = assessment.HasIssue(IssueCodes.LabelExpired, IssueSeverity.Warning, "clusterLabel").Message;
            Assert.Contains("30.6.2025", expired, StringComparison.Ordinal);
            Assert.DoesNotContain("2025-06-30", expired, StringComparison.Ordinal);
            var fte = assessment.HasIssue(IssueCodes.PublicationManagementFte, IssueSeverity.Warning, "managementFte").Message;
            Assert.Contains("0,5", fte, StringComparison.Ordinal);
            Assert.DoesNotContain("0.5", fte, StringComparison.Ordinal);
        }

        var english = Assessor().Assess(profile, CultureInfo.GetCultureInfo("en"));
        Assert.Contains("2025-06-30", english.Issues.Single(i => i.Code == IssueCodes.LabelExpired).Message, StringComparison.Ordinal);
    }

    private static Enf.ClusterProfiles.Assessment.ProfileAssessor Assessor(int expiresSoonDays = 90) =>
        new(new Enf.ClusterProfiles.Configuration.ClusterProfilesOptions { LabelExpiresSoonDays = expiresSoonDays }, new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));

    private static string ClusterProfileJsonText(ClusterProfile profile) => Enf.ClusterProfiles.Serialization.ClusterProfileJson.Serialize(profile);
}
