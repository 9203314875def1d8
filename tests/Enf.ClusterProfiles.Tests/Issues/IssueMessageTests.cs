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
    public void Length_range_and_e_mail_messages_come_from_the_librarys_own_resources()
    {
        var finnish = CultureInfo.GetCultureInfo("fi");
        var swedish = CultureInfo.GetCultureInfo("sv");
        var profile = ClusterProfileBuilder.Full() with { Name = "A", ManagementFte = 1000.5m, Contact = ClusterProfileBuilder.Full().Contact! with { Email = "info@cluster" } };

        var fi = ClusterProfileBuilder.Assessor().Assess(profile, finnish).Issues;
        var sv = ClusterProfileBuilder.Assessor().Assess(profile, swedish).Issues;

        Assert.Equal("Kentässä 'Nimi' pitää olla 2–200 merkkiä; siinä on 1.", fi.Single(i => i.Code == IssueCodes.Length).Message);
        Assert.Equal("Fältet 'Namn' ska ha 2–200 tecken; det har 1.", sv.Single(i => i.Code == IssueCodes.Length).Message);
        Assert.Equal("Kentän 'Hallinnon henkilöstö (htv)' arvon pitää olla 0–1000; nyt se on 1000,5.", fi.Single(i => i.Code == IssueCodes.Range).Message);
        Assert.Equal("'Yhteyssähköposti' ei ole sähköpostiosoite: kirjoita se muodossa nimi@esimerkki.fi.", fi.Single(i => i.Code == IssueCodes.Email).Message);
        Assert.Equal("'Kontaktens e-post' är ingen e-postadress: skriv den som namn@exempel.fi.", sv.Single(i => i.Code == IssueCodes.Email).Message);
    }

    [Fact]
    public void A_JSON_type_is_named_in_the_readers_language()
    {
        var json = ClusterProfileJsonText().Replace("\"yearEstablished\": 2012", "\"yearEstablished\": \"2012\"", StringComparison.Ordinal);

        var fi = ClusterProfileBuilder.Assessor().AssessJson(json, CultureInfo.GetCultureInfo("fi")).Issues.Single(i => i.Code == IssueCodes.ValueType);
        var sv = ClusterProfileBuilder.Assessor().AssessJson(json, CultureInfo.GetCultureInfo("sv")).Issues.Single(i => i.Code == IssueCodes.ValueType);
        var notObject = ClusterProfileBuilder.Assessor().AssessJson("42", CultureInfo.GetCultureInfo("fi")).Issues.Single();

        Assert.Equal("Kentän 'Perustamisvuosi' arvon pitää olla kokonaisluku; nyt se on tekstiä.", fi.Message);
        Assert.Equal("Fältet 'Grundat år' ska vara ett heltal; nu är det en text.", sv.Message);
        Assert.Equal("Profiilin pitää olla JSON-objekti {…}; nyt se on luku.", notObject.Message);
    }

    // Sample values for every placeholder, written as the findings store them: invariant numbers and dates, type tokens.
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["PropertyValue"] = "0.25", ["Minimum"] = "0.5", ["MinLength"] = "2", ["MaxLength"] = "200", ["TotalLength"] = "1",
        ["From"] = "0", ["To"] = "1000", ["ComparisonValue"] = "1800", ["Days"] = "365", ["ValidUntil"] = "2028-12-31",
        ["Expected"] = "integer", ["Found"] = "number:2.5", ["Detail"] = "csv.unclosedQuote", ["Version"] = "1.0", ["Known"] = "1.0",
        ["Country"] = "FI", ["MinDigits"] = "8", ["MaxDigits"] = "20", ["PathId"] = "kainuu-tech", ["Size"] = "2000000", ["Limit"] = "1048576", ["Omitted"] = "3", ["Encoding"] = "Windows-1252",
    };

    // Words that give away English inside a Finnish or Swedish message.
    private static readonly string[] EnglishWords =
        ["the", "must", "is", "are", "found", "string", "number", "integer", "array", "object", "not", "and", "of", "a", "an", "with", "FTE", "triple", "helix", "expired", "should"];

    [Fact]
    public void Every_detail_a_reader_gives_has_its_text_in_Finnish_and_Swedish()
    {
        var english = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryFiles.Root, "src/Enf.ClusterProfiles/Issues/Messages.resx"))
            .Descendants("data").Select(d => (string)d.Attribute("name")!).Where(n => n.StartsWith("detail.", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(english);
        foreach (var language in new[] { "fi", "sv" })
        {
            var translated = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryFiles.Root, $"src/Enf.ClusterProfiles/Issues/Messages.{language}.resx"))
                .Descendants("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
            var missing = english.Where(n => !translated.Contains(n)).ToList();
            Assert.True(missing.Count == 0, $"Messages.{language}.resx lacks {string.Join(", ", missing)}");
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_reads_in_Finnish_and_Swedish_without_English_or_invariant_numbers_and_dates(string code)
    {
        foreach (var language in new[] { "fi", "sv" })
        {
            var culture = CultureInfo.GetCultureInfo(language);
            var arguments = new Dictionary<string, string>(Samples) { ["PropertyName"] = FieldCatalog.Version1.LabelOf("managementFte", culture) };
            var message = IssueMessages.Render(code, arguments, culture);

            Assert.DoesNotMatch(@"\{[A-Za-z]+\}", message); // every placeholder filled
            var words = System.Text.RegularExpressions.Regex.Split(message.Replace("1.0", string.Empty, StringComparison.Ordinal), @"[^\p{L}]+");
            Assert.True(!words.Intersect(EnglishWords, StringComparer.Ordinal).Any(), $"{code} ({language}) has English in it: {message}");
            Assert.DoesNotMatch(@"(?<![\d.])\d+\.\d+(?![\d.])", message.Replace("1.0", string.Empty, StringComparison.Ordinal)); // 0,5 not 0.5 (the profile version 1.0 aside)
            Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", message); // 31.12.2028 not 2028-12-31
            Assert.DoesNotMatch(@"\d{5}", message); // 1 048 576 not 1048576
        }
    }

    private static string ClusterProfileJsonText() => Enf.ClusterProfiles.Serialization.ClusterProfileJson.Serialize(ClusterProfileBuilder.Full());

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
