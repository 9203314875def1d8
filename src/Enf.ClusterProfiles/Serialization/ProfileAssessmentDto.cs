using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Issues;

namespace Enf.ClusterProfiles.Serialization;

/// <summary>
/// The one JSON shape of an assessment, described in <c>schemas/assessment.v1.schema.json</c>: the profile object
/// of the console's <c>check --format json</c>, the body of the registry's <c>/assess</c> and of the ASP.NET Core
/// package's <c>/assess</c>. The first ten properties are console-v1's documented fields, in its order; the
/// rest add what a portal shows (field states, publication details, freshness). Build it with <see cref="From"/>
/// and write it with <see cref="ClusterProfileJson.Serialize(ProfileAssessment)"/> or
/// <see cref="ClusterProfileJson.AssessmentTypeInfo"/>.
/// </summary>
public sealed record ProfileAssessmentDto
{
    /// <summary>Where the profile was read from (a path as given); <see langword="null"/> for a request body. Always written.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Source { get; init; }

    /// <summary>The line the profile starts on in its source; <see langword="null"/> for a model. Always written.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Line { get; init; }

    /// <summary>The profile's <c>id</c>, or <see langword="null"/>. Always written.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Id { get; init; }

    /// <summary>The profile's <c>name</c>, or <see langword="null"/>. Always written.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Name { get; init; }

    /// <summary>Whether the profile has no errors.</summary>
    public required bool Valid { get; init; }

    /// <summary>The PRO verdict with partial credit and suggestions.</summary>
    public required ProEligibility Pro { get; init; }

    /// <summary>Paths of mandatory fields that are absent or blank.</summary>
    public required IReadOnlyList<string> MandatoryMissing { get; init; }

    /// <summary>Share (0–1, two decimals) of all applicable fields that are validly filled.</summary>
    public required double Completeness { get; init; }

    /// <summary>ECCP publication readiness.</summary>
    public required PublicationReadiness Publication { get; init; }

    /// <summary>Every finding; <c>line</c> and <c>column</c> when the profile came from raw JSON.</summary>
    public required IReadOnlyList<ProfileIssue> Issues { get; init; }

    /// <summary>Whether the input could be read as a profile at all (false for malformed JSON, an empty body, …).</summary>
    public required bool Readable { get; init; }

    /// <summary>Whether findings were left out because of the <c>MaxIssues</c> cap.</summary>
    public required bool Partial { get; init; }

    /// <summary>The profile's <c>country</c> as written, when it has one.</summary>
    public string? Country { get; init; }

    /// <summary>The profile's <c>region</c> as written, when it has one.</summary>
    public string? Region { get; init; }

    /// <summary>Whether the country is an EU or COSME country (M-EU fields mandatory).</summary>
    public required bool EuOrCosme { get; init; }

    /// <summary>The day the assessment took as today (<c>yyyy-MM-dd</c>).</summary>
    public required DateOnly AssessedOn { get; init; }

    /// <summary>Whether <c>lastUpdated</c> is older than the freshness setting.</summary>
    public required bool Stale { get; init; }

    /// <summary>Whether the cluster label has expired.</summary>
    public required bool LabelExpired { get; init; }

    /// <summary>The state of every counted field, in catalogue order: what a form marks next to each input.</summary>
    public required IReadOnlyList<FieldStatus> Fields { get; init; }

    /// <summary>The wire shape of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    public static ProfileAssessmentDto From(ProfileAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new ProfileAssessmentDto
        {
            Source = assessment.Source,
            Line = assessment.Line,
            Id = assessment.Id,
            Name = assessment.Name,
            Valid = assessment.Valid,
            Pro = assessment.Pro,
            MandatoryMissing = assessment.MandatoryMissing,
            Completeness = Math.Round(assessment.Completeness, 2),
            Publication = assessment.Publication,
            Issues = assessment.Issues,
            Readable = assessment.Readable,
            Partial = assessment.Partial,
            Country = assessment.Country,
            Region = assessment.Region,
            EuOrCosme = assessment.EuOrCosme,
            AssessedOn = assessment.AssessedOn,
            Stale = assessment.Stale,
            LabelExpired = assessment.LabelExpired,
            Fields = assessment.Fields,
        };
    }
}
