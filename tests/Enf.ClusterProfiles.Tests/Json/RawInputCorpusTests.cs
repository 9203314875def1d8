using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Json;

/// <summary>
/// Malformed and hostile inputs under Json/Corpus/invalid: each gives the finding and location it must, and
/// none crashes or hangs. Inputs under Json/Corpus/valid are read without any error.
/// </summary>
public class RawInputCorpusTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "Json", "Corpus");

    public static TheoryData<string, string, string, int, int> Invalid => new()
    {
        { "01-empty.json", IssueCodes.JsonEmpty, "", 1, 1 },
        { "02-only-whitespace.json", IssueCodes.JsonEmpty, "", 1, 1 },
        { "03-truncated.json", IssueCodes.JsonTruncated, "", 3, 18 },
        { "04-trailing-comma.json", IssueCodes.JsonTrailingComma, "", 4, 1 },
        { "05-line-comment.json", IssueCodes.JsonComment, "", 2, 3 },
        { "06-block-comment.json", IssueCodes.JsonComment, "", 1, 1 },
        { "07-invalid-utf8.json", IssueCodes.JsonEncoding, "", 2, 17 },
        { "08-overlong-utf8.json", IssueCodes.JsonEncoding, "", 1, 12 },
        { "09-duplicate-property.json", IssueCodes.JsonDuplicateProperty, "id", 3, 3 },
        { "10-number-as-string.json", IssueCodes.ValueType, "managementFte", 15, 20 },
        { "11-string-as-number.json", IssueCodes.ValueType, "name", 4, 11 },
        { "12-list-as-string.json", IssueCodes.ValueType, "industrialEcosystems", 12, 27 },
        { "13-object-as-array.json", IssueCodes.ValueType, "contact", 9, 14 },
        { "14-boolean-as-text.json", IssueCodes.ValueType, "acronym", 21, 14 },
        { "15-number-too-large.json", IssueCodes.NumberRange, "managementFte", 15, 20 },
        { "16-integer-overflow.json", IssueCodes.NumberRange, "yearEstablished", 16, 22 },
        { "17-fraction-in-count.json", IssueCodes.ValueType, "members.smes", 17, 13 },
        { "18-impossible-date.json", IssueCodes.DateFormat, "lastUpdated", 20, 18 },
        { "19-date-in-finnish-format.json", IssueCodes.DateFormat, "clusterLabel.validUntil", 23, 19 },
        { "20-top-level-array.json", IssueCodes.JsonNotObject, "", 1, 1 },
        { "21-top-level-string.json", IssueCodes.JsonNotObject, "", 1, 1 },
        { "22-top-level-number.json", IssueCodes.JsonNotObject, "", 1, 1 },
        { "23-top-level-null.json", IssueCodes.JsonNotObject, "", 1, 1 },
        { "24-deep-nesting.json", IssueCodes.JsonTooDeep, "", 1, 70 },
        { "25-million-character-name.json", IssueCodes.Length, "name", 1, 2 },
        { "26-too-large.json", IssueCodes.JsonTooLarge, "", 1, 1 },
        { "27-not-json.json", IssueCodes.JsonSyntax, "", 1, 1 },
        { "28-unquoted-keys.json", IssueCodes.JsonSyntax, "", 1, 3 },
        { "29-single-quotes.json", IssueCodes.JsonSyntax, "", 1, 3 },
        { "30-two-objects.json", IssueCodes.JsonSyntax, "", 2, 1 },
        { "31-lone-surrogate.json", IssueCodes.JsonEncoding, "name", 1, 11 },
        { "32-control-character.json", IssueCodes.JsonSyntax, "", 1, 18 },
        { "33-nan.json", IssueCodes.JsonSyntax, "", 1, 20 },
        { "34-null-mandatory.json", IssueCodes.Required, "id", 2, 3 },
        { "35-unknown-profile-type.json", IssueCodes.ProfileTypeUnsupported, "profileType", 3, 3 },
        { "36-schema-version-2.json", IssueCodes.SchemaVersionUnsupported, "schemaVersion", 21, 3 },
        { "37-string-in-list.json", IssueCodes.ValueType, "languages[1]", 23, 5 },
    };

    /// <summary>Codes whose tests are not table rows: an unreadable file here, CSV and the cap in the bulk tests.</summary>
    // Sync and registry codes are tested in the integration tests (SyncEngineTests, RegistryContractTests).
    public static readonly IReadOnlyList<string> CodesTestedElsewhere = [IssueCodes.FileUnreadable, IssueCodes.CsvSyntax, IssueCodes.IssuesCapped, IssueCodes.FileEncoding, IssueCodes.WorkbookUnreadable, IssueCodes.SyncDuplicateId, IssueCodes.IdMismatch];

    public static TheoryData<string> Valid => [.. Directory.GetFiles(Path.Combine(CorpusFolder, "valid")).Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task A_bad_input_gives_its_finding_at_its_place(string file, string code, string path, int line, int column)
    {
        var document = await ProfileDocument.ReadFileAsync(Path.Combine(CorpusFolder, "invalid", file));
        var assessment = ClusterProfileBuilder.Assessor().Assess(document);

        var issue = assessment.HasIssue(code, IssueSeverity.Error, path);
        Assert.False(assessment.Valid);
        Assert.Equal((line, column), (issue.Line, issue.Column));
        Assert.All(assessment.Issues, i => Assert.NotNull(i.Line));
    }

    [Fact]
    public void The_invalid_corpus_holds_at_least_30_inputs_and_every_one_has_an_expectation()
    {
        var files = Directory.GetFiles(Path.Combine(CorpusFolder, "invalid")).Select(Path.GetFileName).Order().ToList();

        Assert.True(files.Count >= 30);
        Assert.Equal(files, Invalid.Select(row => (string)row[0]).Order());
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public async Task A_good_input_is_read_without_errors(string file)
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(await ProfileDocument.ReadFileAsync(Path.Combine(CorpusFolder, "valid", file)));

        Assert.True(assessment.Valid, IssueAssertions.Describe(assessment));
        Assert.True(assessment.Readable);
    }

    [Fact]
    public async Task A_missing_file_is_a_finding_not_an_exception()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(await ProfileDocument.ReadFileAsync(Path.Combine(CorpusFolder, "no-such-file.json")));

        assessment.HasIssue(IssueCodes.FileUnreadable, IssueSeverity.Error, "");
        Assert.False(assessment.Readable);
        Assert.Null(assessment.Id);
    }

    // What went wrong is told in the reader's language, from the text at the error, never in the runtime's English.
    public static TheoryData<string, string, string> SyntaxDetails => new()
    {
        { "27-not-json.json", "json.unquotedText", "JSON ei ole kelvollista: tekstiä ilman lainausmerkkejä" },
        { "28-unquoted-keys.json", "json.unquotedText", "JSON ei ole kelvollista: tekstiä ilman lainausmerkkejä" },
        { "29-single-quotes.json", "json.singleQuote", "JSON ei ole kelvollista: teksti yksinkertaisissa lainausmerkeissä" },
        { "30-two-objects.json", "json.afterEnd", "JSON ei ole kelvollista: tekstiä profiilin päättymisen jälkeen." },
        { "32-control-character.json", "json.controlCharacter", "JSON ei ole kelvollista: rivinvaihto tai sarkain tekstin sisällä" },
        { "33-nan.json", "json.unquotedText", "JSON ei ole kelvollista: tekstiä ilman lainausmerkkejä" },
    };

    [Theory]
    [MemberData(nameof(SyntaxDetails))]
    public async Task A_syntax_error_says_what_is_wrong_in_the_readers_language(string file, string detail, string finnishStart)
    {
        var document = await ProfileDocument.ReadFileAsync(Path.Combine(CorpusFolder, "invalid", file));
        var issue = ClusterProfileBuilder.Assessor().Assess(document, System.Globalization.CultureInfo.GetCultureInfo("fi")).Issues.Single(i => i.Code == IssueCodes.JsonSyntax);

        Assert.Equal(detail, issue.Arguments["Detail"]);
        Assert.StartsWith(finnishStart, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_comma_and_a_stray_bracket_are_named()
    {
        var missingComma = ClusterProfileBuilder.Assessor().AssessJson("{ \"id\": \"a-b-c\" \"name\": \"x\" }").Issues.Single();
        var strayBracket = ClusterProfileBuilder.Assessor().AssessJson("{ \"id\": \"a-b-c\"] }").Issues.Single();

        Assert.Equal("json.missingComma", missingComma.Arguments["Detail"]);
        Assert.Equal("json.unexpectedClose", strayBracket.Arguments["Detail"]);
        Assert.Equal("The JSON is not well-formed: a comma (,) is missing before this.", missingComma.Message);
    }

    [Fact]
    public async Task A_missing_file_is_named_so_in_Finnish_and_Swedish()
    {
        var document = await ProfileDocument.ReadFileAsync(Path.Combine(CorpusFolder, "no-such-file.json"));

        Assert.Equal("Tiedostoa ei voi lukea: sitä ei ole olemassa.", ClusterProfileBuilder.Assessor().Assess(document, System.Globalization.CultureInfo.GetCultureInfo("fi")).Issues.Single().Message);
        Assert.Equal("Filen kan inte läsas: den finns inte.", ClusterProfileBuilder.Assessor().Assess(document, System.Globalization.CultureInfo.GetCultureInfo("sv")).Issues.Single().Message);
    }

    [Fact]
    public void A_value_dropped_for_its_type_is_invalid_not_missing_and_not_reported_twice()
    {
        var assessment = ClusterProfileBuilder.Assessor().AssessJson("""{ "id": "a-b-c", "name": 42, "members": { "smes": 2.5 } }""");

        Assert.Single(assessment.Issues, i => i.Path == "name");
        Assert.DoesNotContain(assessment.Issues, i => i.Path == "members");
        Assert.Equal(Enf.ClusterProfiles.Assessment.FieldState.Invalid, assessment.Fields.Single(f => f.Path == "name").State);
        Assert.DoesNotContain("name", assessment.MandatoryMissing);
    }

    [Fact]
    public void Raw_and_model_entry_points_agree_on_a_well_formed_profile()
    {
        var profile = ClusterProfileBuilder.Full() with { Region = "SE332", Acronym = null };
        var fromModel = ClusterProfileBuilder.Assessor().Assess(profile);
        var fromJson = ClusterProfileBuilder.Assessor().AssessJson(Enf.ClusterProfiles.Serialization.ClusterProfileJson.Serialize(profile));

        Assert.Equal(fromModel.Issues.Select(i => (i.Code, i.Path, i.Message)), fromJson.Issues.Select(i => (i.Code, i.Path, i.Message)));
        Assert.Equal(fromModel.Pro, fromJson.Pro with { Suggestions = fromModel.Pro.Suggestions });
        Assert.Equal(fromModel.Pro.Suggestions, fromJson.Pro.Suggestions);
        Assert.All(fromJson.Issues, i => Assert.NotNull(i.Line));
        Assert.All(fromModel.Issues, i => Assert.Null(i.Line));
    }
}
