using System.Globalization;
using System.Resources;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Issues;

public class IssueMessageTests
{
    public static TheoryData<string> Codes => [.. IssueCodes.All];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_a_message_in_English_Finnish_and_Swedish(string code)
    {
        var english = IssueMessages.Template(code, CultureInfo.GetCultureInfo("en"));
        Assert.False(string.IsNullOrWhiteSpace(english));

        foreach (var language in new[] { "fi", "sv" })
        {
            var translated = IssueMessages.Template(code, CultureInfo.GetCultureInfo(language));
            Assert.False(string.IsNullOrWhiteSpace(translated));
            Assert.NotEqual(english, translated); // a real translation, not the English fallback
        }
    }

    [Fact]
    public void The_library_ships_its_own_messages_as_Finnish_and_Swedish_satellite_resources()
    {
        var resources = new ResourceManager("Enf.ClusterProfiles.Issues.Messages", typeof(IssueCodes).Assembly);
        foreach (var language in new[] { "fi", "sv" })
        {
            var set = resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false);
            Assert.NotNull(set);
            Assert.Contains(set!.Cast<System.Collections.DictionaryEntry>(), e => (string)e.Key == IssueCodes.Required);
        }
    }

    [Fact]
    public void Regional_cultures_and_unknown_languages_fall_back_sensibly()
    {
        Assert.Equal(IssueMessages.Template(IssueCodes.Required, CultureInfo.GetCultureInfo("fi")), IssueMessages.Template(IssueCodes.Required, CultureInfo.GetCultureInfo("fi-FI")));
        Assert.Equal(IssueMessages.Template(IssueCodes.Required, CultureInfo.GetCultureInfo("en")), IssueMessages.Template(IssueCodes.Required, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Null(IssueMessages.Template("no.such.code", CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void A_message_names_the_field_by_its_label_in_the_chosen_language()
    {
        var profile = ClusterProfileBuilder.Full() with { Contact = null };

        var english = ClusterProfileBuilder.Assessor().Assess(profile, CultureInfo.GetCultureInfo("en")).Issues.Single(i => i.Code == IssueCodes.Required);
        var finnish = ClusterProfileBuilder.Assessor().Assess(profile, CultureInfo.GetCultureInfo("fi")).Issues.Single(i => i.Code == IssueCodes.Required);
        var swedish = ClusterProfileBuilder.Assessor(o => o.Culture = CultureInfo.GetCultureInfo("sv-FI")).Assess(profile).Issues.Single(i => i.Code == IssueCodes.Required);

        Assert.Equal("'Contact e-mail' is mandatory and missing.", english.Message);
        Assert.Equal("'Yhteyssähköposti' on pakollinen tieto, ja se puuttuu.", finnish.Message);
        Assert.Equal("'Kontaktens e-post' är obligatoriskt och saknas.", swedish.Message);
    }

    [Fact]
    public void A_message_from_FluentValidation_is_used_where_it_fits_with_its_translation()
    {
        var profile = ClusterProfileBuilder.Full() with { Name = "A" };

        var finnish = ClusterProfileBuilder.Assessor().Assess(profile, CultureInfo.GetCultureInfo("fi")).Issues.Single(i => i.Code == IssueCodes.Length);

        Assert.Contains("'Nimi'", finnish.Message, StringComparison.Ordinal);
        Assert.Contains("2", finnish.Message, StringComparison.Ordinal);
        Assert.Contains("200", finnish.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_issue_can_be_rendered_again_in_another_language()
    {
        var issue = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.Full() with { Region = "SE332" }, CultureInfo.GetCultureInfo("en"))
            .Issues.Single(i => i.Code == IssueCodes.RegionCountryMismatch);

        var swedish = FieldCatalog.Version1.Localize(issue, CultureInfo.GetCultureInfo("sv"));

        Assert.Equal("Region 'SE332' is not in the profile's country FI.", issue.Message);
        Assert.Equal("Regionen 'SE332' ligger inte i profilens land FI.", swedish.Message);
    }

    [Fact]
    public void A_huge_value_is_shortened_in_the_message()
    {
        var issue = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.Full() with { Website = new string('w', 1_000_000) })
            .Issues.Single(i => i.Code == IssueCodes.UrlInvalid);

        Assert.True(issue.Message.Length < 300, issue.Message);
    }
}
