using System.Text.Json;
using Enf.ClusterProfiles.Schema;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;
using Enf.ClusterProfiles.Tests.Validation;
using Json.Schema;

namespace Enf.ClusterProfiles.Tests.Schema;

/// <summary>
/// The published schema run by an independent validator that implements draft-07 in full (JsonSchema.Net, with
/// formats checked, as a portal's ajv with ajv-formats would): over every example, every corpus file and every
/// rule case, a profile the library finds valid is schema-valid and the other way round, except the differences
/// listed here and in docs/raw-input.md. Unlike NJsonSchema, it applies the M-EU if/then.
/// </summary>
public class IndependentSchemaValidatorTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ProfileSchema.Json));

    private static readonly EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    /// <summary>Rule cases the schema accepts and the validators refuse: what a JSON Schema cannot say.</summary>
    public static readonly IReadOnlyDictionary<string, string> AcceptedBySchemaOnly = ProfileSchemaTests.AcceptedBySchemaOnly
        .Where(c => !ProfileSchemaTests.MandatoryInEuCases.Contains(c.Key))
        .Where(c => c.Key != "email with a one-letter top-level part") // JsonSchema.Net's "email" format refuses it too
        .ToDictionary(c => c.Key, c => c.Value);

    /// <summary>
    /// Rule cases the validators accept and this validator refuses: NJsonSchema's, plus a URL with white space
    /// around it, which the validators trim first (revision 1.1) and JsonSchema.Net's "uri" format compares as written.
    /// </summary>
    public static readonly IReadOnlySet<string> RejectedBySchemaOnly = ProfileSchemaTests.RejectedBySchemaOnly.Keys
        .Append("website with a trailing space")
        .ToHashSet();

    private static bool SchemaAccepts(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return false; // not JSON at all
        }

        using (document)
        {
            try
            {
                return Schema.Value.Evaluate(document.RootElement, Options).IsValid;
            }
            catch (InvalidOperationException)
            {
                return false; // a string that is not valid UTF-16 (a lone surrogate): System.Text.Json will not read it
            }
        }
    }

    private static string Profile(Func<Enf.ClusterProfiles.Model.ClusterProfile, Enf.ClusterProfiles.Model.ClusterProfile> change) =>
        ClusterProfileJson.Serialize(change(ClusterProfileBuilder.Full()));

    [Fact]
    public void Every_example_conforms_exactly_when_the_library_finds_it_valid()
    {
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("docs/examples"), "*.json"))
        {
            var json = File.ReadAllText(file);
            var valid = ClusterProfileBuilder.Assessor().AssessJson(json).Valid;

            Assert.True(valid == SchemaAccepts(json), $"{Path.GetFileName(file)}: library valid={valid}, schema accepts={!valid}");
        }
    }

    [Fact]
    public void The_valid_corpus_conforms_and_the_invalid_corpus_does_not_except_where_listed()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Json", "Corpus");
        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "valid")))
        {
            Assert.True(SchemaAccepts(File.ReadAllText(file)), Path.GetFileName(file));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "invalid")))
        {
            var name = Path.GetFileName(file);
            Assert.True(ProfileSchemaTests.CorpusAcceptedBySchemaOnly.ContainsKey(name) == SchemaAccepts(File.ReadAllText(file)), name);
        }
    }

    public static TheoryData<string> FailingRuleCases => [.. FieldRuleTests.Failing.Keys];

    public static TheoryData<string> PassingRuleCases => [.. FieldRuleTests.Passing.Keys];

    [Theory]
    [MemberData(nameof(FailingRuleCases))]
    public void Each_broken_rule_is_refused_by_both_or_the_difference_is_listed(string name)
    {
        var json = Profile(FieldRuleTests.Failing[name].Change);
        var libraryAccepts = ClusterProfileBuilder.Assessor().AssessJson(json).Valid;
        var schemaAccepts = SchemaAccepts(json);

        var expected = AcceptedBySchemaOnly.ContainsKey(name) ? !libraryAccepts : libraryAccepts;
        Assert.True(expected == schemaAccepts, $"{name}: library accepts={libraryAccepts}, schema accepts={schemaAccepts}");
    }

    [Theory]
    [MemberData(nameof(PassingRuleCases))]
    public void Each_kept_rule_is_accepted_by_both_or_the_difference_is_listed(string name) =>
        Assert.Equal(!RejectedBySchemaOnly.Contains(name), SchemaAccepts(Profile(FieldRuleTests.Passing[name].Change)));

    [Theory]
    [InlineData("FI", true)]
    [InlineData("SE", true)]
    [InlineData("TR", true)]   // a COSME country
    [InlineData("NO", false)]
    [InlineData("US", false)]
    public void The_M_EU_fields_are_required_exactly_in_EU_and_COSME_countries(string country, bool required)
    {
        var withoutFte = Profile(p => p with { Country = country, Region = null, ManagementFte = null });
        var withoutMembers = Profile(p => p with { Country = country, Region = null, Members = null });
        var withEmptyMembers = Profile(p => p with { Country = country, Region = null, Members = new Enf.ClusterProfiles.Model.MemberCounts() });

        foreach (var json in new[] { withoutFte, withoutMembers, withEmptyMembers })
        {
            Assert.Equal(!required, ClusterProfileBuilder.Assessor().AssessJson(json).Valid);
            Assert.Equal(!required, SchemaAccepts(json));
        }
    }
}
