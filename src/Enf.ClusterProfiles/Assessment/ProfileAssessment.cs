using Enf.ClusterProfiles.Issues;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>
/// Everything the library has to say about one profile: validity, findings, completeness, PRO eligibility
/// with advice, publication readiness and freshness. The console, the registry and portals show this.
/// </summary>
public sealed record ProfileAssessment
{
    /// <summary>The profile format version the assessment used.</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>Where the profile was read from (a path as given), when it came from a file.</summary>
    public string? Source { get; init; }

    /// <summary>The line the profile starts on in its source, when it came from raw input.</summary>
    public int? Line { get; init; }

    /// <summary>The profile's <c>id</c>, when it has one.</summary>
    public string? Id { get; init; }

    /// <summary>The profile's <c>name</c>, when it has one.</summary>
    public string? Name { get; init; }

    /// <summary>The profile's <c>country</c> as written, when it has one.</summary>
    public string? Country { get; init; }

    /// <summary>The profile's <c>region</c> as written, when it has one.</summary>
    public string? Region { get; init; }

    /// <summary>Whether the input could be read as a profile at all (false for malformed JSON, an unreadable file, …).</summary>
    public bool Readable { get; init; } = true;

    /// <summary>Whether the file or stream could not be read at all (missing, no permission): the check could not run.</summary>
    public bool SourceUnreadable { get; init; }

    /// <summary>Whether findings were left out because of the <c>MaxIssues</c> cap.</summary>
    public bool Partial { get; init; }

    /// <summary>The day the assessment took as today.</summary>
    public required DateOnly AssessedOn { get; init; }

    /// <summary>Whether the profile's country is an EU or COSME country (M-EU fields mandatory).</summary>
    public required bool EuOrCosme { get; init; }

    /// <summary>Whether the profile has no errors.</summary>
    public required bool Valid { get; init; }

    /// <summary>How many errors the profile has, every one counted, whether <see cref="Issues"/> keeps it or the cap left it out.</summary>
    public required int ErrorCount { get; init; }

    /// <summary>How many warnings the profile has, every one counted, whether <see cref="Issues"/> keeps it or the cap left it out.</summary>
    public required int WarningCount { get; init; }

    /// <summary>Every finding, in catalogue order (errors first, at most <c>MaxIssues</c>, when the cap bites).</summary>
    public required IReadOnlyList<ProfileIssue> Issues { get; init; }

    /// <summary>Paths of mandatory fields that are absent or blank.</summary>
    public required IReadOnlyList<string> MandatoryMissing { get; init; }

    /// <summary>Share (0–1) of all applicable fields, mandatory and optional, that are validly filled.</summary>
    public required double Completeness { get; init; }

    /// <summary>The PRO verdict with partial credit and suggestions.</summary>
    public required ProEligibility Pro { get; init; }

    /// <summary>ECCP publication readiness.</summary>
    public required PublicationReadiness Publication { get; init; }

    /// <summary>Whether <c>lastUpdated</c> is older than the freshness setting.</summary>
    public required bool Stale { get; init; }

    /// <summary>Whether the cluster label has expired.</summary>
    public required bool LabelExpired { get; init; }

    /// <summary>Whether the cluster label is still valid but expires within the <c>LabelExpiresSoonDays</c> setting.</summary>
    public required bool LabelExpiresSoon { get; init; }

    /// <summary>The state of every counted field, in catalogue order.</summary>
    public required IReadOnlyList<FieldStatus> Fields { get; init; }
}
