using System.Text.Json.Serialization.Metadata;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Schema;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;
using Enf.ClusterProfiles.Tests.Validation;
using Snapshooter.Xunit;

namespace Enf.ClusterProfiles.Tests.Schema;

/// <summary>
/// The published schema: generated from the catalogue, committed, embedded, and kept in agreement with the
/// validators. Where the two layers disagree on purpose, the case is listed here with its reason and in
/// docs/raw-input.md; any other disagreement fails.
/// </summary>
public class ProfileSchemaTests
{
    /// <summary>Rule cases that break a validator rule the schema cannot express.</summary>
    public static readonly IReadOnlyDictionary<string, string> AcceptedBySchemaOnly = new Dictionary<string, string>
    {
        ["name one letter after trimming"] = "texts are trimmed before their length is checked",
        ["S3 priority blank among filled"] = "texts are trimmed before their length is checked",
        ["region Finnish code that does not exist"] = "only the validators know Finland's NUTS codes",
        ["region in another country"] = "region and country are compared by the validators",
        ["region Greece written GR"] = "region and country are compared by the validators",
        ["yearEstablished next year"] = "the current year comes from the clock",
        ["lastUpdated tomorrow"] = "today comes from the clock",
        ["managementFte missing in EU"] = "NJsonSchema does not apply if/then, which expresses M-EU (JsonSchema.Net and ajv do)",
        ["members missing in EU"] = "NJsonSchema does not apply if/then, which expresses M-EU (JsonSchema.Net and ajv do)",
        ["members without counts"] = "NJsonSchema does not apply if/then, which expresses M-EU (JsonSchema.Net and ajv do)",
        ["email with a one-letter top-level part"] = "the schema's e-mail format does not ask for a top-level part of two letters",
    };

    /// <summary>The cases above that a validator applying if/then agrees on (see <see cref="IndependentSchemaValidatorTests"/>).</summary>
    public static readonly IReadOnlySet<string> MandatoryInEuCases = new HashSet<string> { "managementFte missing in EU", "members missing in EU", "members without counts" };

    /// <summary>Passing rule cases that the schema rejects.</summary>
    public static readonly IReadOnlyDictionary<string, string> RejectedBySchemaOnly = new Dictionary<string, string>
    {
        ["optional list of blanks is a gap, not an error"] = "an empty string is shorter than the schema's minLength; the validators treat a blank as absent",
        ["country with a trailing space is that country"] = "every text is trimmed before any rule applies (revision 1.1); the schema's enum compares the text as written",
        ["email with spaces around it is that address"] = "every text is trimmed before any rule applies (revision 1.1); the schema's e-mail format sees the spaces",
        ["ecosystem with a trailing space"] = "every text is trimmed before any rule applies (revision 1.1); the schema's enum compares the text as written",
    };

    /// <summary>Invalid corpus files that the schema accepts.</summary>
    public static readonly IReadOnlyDictionary<string, string> CorpusAcceptedBySchemaOnly = new Dictionary<string, string>
    {
        ["16-integer-overflow.json"] = "a year beyond what a 32-bit integer holds: the schema bounds a year from below only",
    };

    [Fact]
    public void The_committed_schema_is_what_the_code_generates() =>
        RepositoryFiles.AssertMatchesCommitted("schemas/cluster-profile.v1.schema.json", ProfileSchemaGenerator.GenerateJson());

    [Fact]
    public void The_library_embeds_the_committed_schema() =>
        Assert.Equal(
            File.ReadAllText(RepositoryFiles.PathOf("schemas/cluster-profile.v1.schema.json")).ReplaceLineEndings("\n"),
            ProfileSchema.Json.ReplaceLineEndings("\n"));

    [Fact]
    public void The_schema_matches_its_snapshot() =>
        Snapshot.Match(ProfileSchemaGenerator.GenerateJson());

    [Fact]
    public void The_schema_describes_exactly_the_properties_of_the_model()
    {
        var modelProperties = ((JsonTypeInfo)ClusterProfileJson.Options.GetTypeInfo(typeof(ClusterProfile))).Properties
            .Where(p => !p.IsExtensionData)
            .Select(p => p.Name)
            .Order();

        Assert.Equal(modelProperties, ProfileSchema.Instance.Properties.Keys.Order());
        Assert.Contains("rules this schema does not express", ProfileSchema.Instance.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_example_conforms_to_the_schema_exactly_when_it_is_valid()
    {
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("docs/examples"), "*.json"))
        {
            var json = File.ReadAllText(file);
            var valid = ClusterProfileBuilder.Assessor().AssessJson(json).Valid;

            Assert.True(valid == (ProfileSchema.Validate(json).Count == 0), $"{Path.GetFileName(file)}: validators say valid={valid}, schema says {string.Join("; ", ProfileSchema.Validate(json))}");
        }
    }

    [Fact]
    public void The_valid_corpus_conforms_and_the_invalid_corpus_does_not()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Json", "Corpus");
        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "valid")))
        {
            Assert.True(SchemaAccepts(File.ReadAllText(file)), Path.GetFileName(file));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "invalid")))
        {
            Assert.True(CorpusAcceptedBySchemaOnly.ContainsKey(Path.GetFileName(file)) == SchemaAccepts(File.ReadAllText(file)), Path.GetFileName(file));
        }
    }

    public static TheoryData<string> FailingRuleCases => [.. FieldRuleTests.Failing.Keys];

    public static TheoryData<string> PassingRuleCases => [.. FieldRuleTests.Passing.Keys];

    [Theory]
    [MemberData(nameof(FailingRuleCases))]
    public void Schema_and_validators_agree_on_each_broken_rule_or_the_difference_is_listed(string name)
    {
        var json = ClusterProfileJson.Serialize(FieldRuleTests.Failing[name].Change(ClusterProfileBuilder.Full()));
        var validatorsAccept = ClusterProfileBuilder.Assessor().AssessJson(json).Valid;
        var schemaAccepts = SchemaAccepts(json);

        var expected = AcceptedBySchemaOnly.ContainsKey(name) ? !validatorsAccept : validatorsAccept;
        Assert.True(expected == schemaAccepts, $"{name}: validators accept={validatorsAccept}, schema accepts={schemaAccepts}");
    }

    [Theory]
    [MemberData(nameof(PassingRuleCases))]
    public void Schema_and_validators_agree_on_each_kept_rule_or_the_difference_is_listed(string name)
    {
        var json = ClusterProfileJson.Serialize(FieldRuleTests.Passing[name].Change(ClusterProfileBuilder.Full()));

        Assert.Equal(!RejectedBySchemaOnly.ContainsKey(name), SchemaAccepts(json));
    }

    private static bool SchemaAccepts(string json)
    {
        try
        {
            return ProfileSchema.Validate(json).Count == 0;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return false; // not JSON at all
        }
    }
}
