using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Schema;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Testing;

namespace Enf.ClusterProfiles.Benchmarks;

/// <summary>
/// One profile from bytes to verdict, against deserialising the same bytes into the model alone (the floor).
/// The other rows split the cost: reading with positions, validating and scoring a model, and NJsonSchema.
/// </summary>
// In process: BenchmarkDotNet's own build of a separate program takes minutes on a busy shared machine and
// times out; the rows are compared side by side in one process anyway.
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(12)]
public class SingleProfileBenchmarks
{
    private static readonly JsonTypeInfo<ClusterProfile> ProfileType =
        (JsonTypeInfo<ClusterProfile>)ClusterProfileJson.Options.GetTypeInfo(typeof(ClusterProfile));

    private readonly ProfileAssessor assessor = new();
    private byte[] bytes = [];
    private string text = string.Empty;
    private ClusterProfile model = new();

    [GlobalSetup]
    public void Setup()
    {
        model = ProfileFaker.Generate(1).Single();
        text = ClusterProfileJson.Serialize(model);
        bytes = Encoding.UTF8.GetBytes(text);
        _ = ProfileSchema.Validate("{}"); // loaded once, as an application would
    }

    [Benchmark(Baseline = true, Description = "Deserialize into the model (floor)")]
    public ClusterProfile? DeserializeOnly() => JsonSerializer.Deserialize(bytes, ProfileType);

    [Benchmark(Description = "Bytes to verdict (AssessJson)")]
    public ProfileAssessment BytesToVerdict() => assessor.AssessJson(bytes);

    [Benchmark(Description = "Read with positions (ProfileDocument.Parse)")]
    public ProfileDocument ReadOnly() => ProfileDocument.Parse(bytes);

    [Benchmark(Description = "Validate and score a model (Assess)")]
    public ProfileAssessment AssessModel() => assessor.Assess(model);

    /// <summary>The assessment of a document already read (for micro-quick: what locating and rendering add).</summary>
    public ProfileAssessment AssessParsed() => assessor.Assess(parsed ??= ProfileDocument.Parse(bytes));

    private ProfileDocument? parsed;

    public object Locate() => (parsed ??= ProfileDocument.Parse(bytes)).FoundPositionsOf(["clusterLabel", "lastUpdated"]);

    private static readonly Enf.ClusterProfiles.Validation.RuleSet ProfileRules =
        Enf.ClusterProfiles.Validation.ClusterProfileValidator.BuildRules(Enf.ClusterProfiles.Catalog.FieldCatalog.Version1, 365, 90);

    private static readonly Enf.ClusterProfiles.Validation.RuleSet PublicationRules =
        Enf.ClusterProfiles.Validation.PublicationCriteriaValidator.BuildRules(Enf.ClusterProfiles.Catalog.FieldCatalog.Version1);

    public int Rules()
    {
        var run = new Enf.ClusterProfiles.Validation.RuleRun(new DateOnly(2026, 11, 26));
        ProfileRules.Run(model, run);
        PublicationRules.Run(model, run);
        return run.Findings.Count;
    }

    public object Trim() => TextTrimming.Trim(model);

    /// <summary>One pass of the reader over the bytes, every token (for micro-quick: what a second pass costs).</summary>
    public int TokensOnly()
    {
        var reader = new Utf8JsonReader(bytes);
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "NJsonSchema validation of the text")]
    public int SchemaValidate() => ProfileSchema.Validate(text).Count;
}
