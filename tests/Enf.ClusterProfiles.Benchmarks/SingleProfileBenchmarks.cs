using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Schema;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Testing;
using Enf.ClusterProfiles.Validation;

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

    // The steps below are not BenchmarkDotNet rows: `micro-quick` times them beside the rows above, to see what
    // each part of "bytes to verdict" costs while changing it.
    private static readonly RuleSet ProfileRules = ClusterProfileValidator.BuildRules(FieldCatalog.Version1, 365, 90);
    private static readonly RuleSet PublicationRules = PublicationCriteriaValidator.BuildRules(FieldCatalog.Version1, new PublicationThresholds());
    private ProfileDocument? parsed;

    /// <summary>The generated profile as a model (for <c>rule-timing</c>).</summary>
    public ClusterProfile Model => model;

    /// <summary>The assessment of a document already read: what locating the findings adds to <see cref="AssessModel"/>.</summary>
    public ProfileAssessment AssessParsed() => assessor.Assess(parsed ??= ProfileDocument.Parse(bytes));

    /// <summary>Where two top-level fields stand in a document already read (the generated profile's two findings).</summary>
    public object Locate() => (parsed ??= ProfileDocument.Parse(bytes)).FoundPositionsOf(["clusterLabel", "lastUpdated"]);

    /// <summary>The rules alone, both sets, on the model.</summary>
    public int Rules()
    {
        var run = new RuleRun(new DateOnly(2026, 11, 26));
        ProfileRules.Run(model, run);
        PublicationRules.Run(model, run);
        return run.Findings.Count;
    }

    /// <summary>The rules' findings rendered as issues (messages, labels), without positions.</summary>
    public int Render()
    {
        var run = new RuleRun(new DateOnly(2026, 11, 26));
        ProfileRules.Run(model, run);
        var count = 0;
        foreach (var issue in IssueRendering.Render(FieldCatalog.Version1, [], run.Findings, null, null, null).Issues)
        {
            count += issue.Message.Length;
        }

        return count;
    }

    /// <summary>The field states of the model (no issues).</summary>
    public int States() => States1.Of(model, [], [], DroppedPaths.None, true, new DateOnly(2026, 11, 26)).Count;

    private static readonly FieldStates States1 = new(FieldCatalog.Version1);

    [Benchmark(Description = "NJsonSchema validation of the text")]
    public int SchemaValidate() => ProfileSchema.Validate(text).Count;
}
