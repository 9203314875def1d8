using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Reporting;

/// <summary>
/// One profile in a regional report: what a council needs to see to know whom to remind of what. Rows sort so
/// that what needs attention comes first (<see cref="AttentionOrder"/>).
/// </summary>
public sealed record ProfileReportRow
{
    /// <summary>Why a profile needs attention, most urgent first; the stable words of <see cref="Attention"/>.</summary>
    public static IReadOnlyList<string> Reasons => ReasonOrder;

    private static readonly string[] ReasonOrder =
        ["unreadable", "errors", "labelExpired", "stale", "lastUpdatedUnknown", "labelExpiresSoon", "publication", "pro"];

    /// <summary>Where the profile was read from.</summary>
    public string? Source { get; init; }

    /// <summary>The line (or spreadsheet row) the profile starts on.</summary>
    public int? Line { get; init; }

    /// <summary>The profile's <c>id</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The profile's <c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The region key the profile is counted under (see <see cref="RegionalSummaryBuilder.KeyOf"/>).</summary>
    public required string Region { get; init; }

    /// <summary>Whether the input could be read as a profile.</summary>
    public required bool Readable { get; init; }

    /// <summary>Whether the profile has no errors.</summary>
    public required bool Valid { get; init; }

    /// <summary>Number of errors.</summary>
    public required int Errors { get; init; }

    /// <summary>Number of warnings.</summary>
    public required int Warnings { get; init; }

    /// <summary>Whether the profile is PRO-eligible.</summary>
    public required bool Pro { get; init; }

    /// <summary>How many more optional fields PRO needs (0 when eligible or when only errors stand in the way).</summary>
    public required int ProNeeded { get; init; }

    /// <summary>Whether the publication criteria apply (EU/COSME country).</summary>
    public required bool PublicationApplies { get; init; }

    /// <summary>Whether the profile is ready for ECCP publication.</summary>
    public required bool PublicationReady { get; init; }

    /// <summary>Whether the publication criteria are waived (a cluster programme).</summary>
    public required bool PublicationWaived { get; init; }

    /// <summary>Share (0–1) of applicable fields validly filled.</summary>
    public required double Completeness { get; init; }

    /// <summary>The profile's <c>lastUpdated</c>, when it has one.</summary>
    public DateOnly? LastUpdated { get; init; }

    /// <summary>The cluster label's <c>validUntil</c>, when it has one.</summary>
    public DateOnly? LabelValidUntil { get; init; }

    /// <summary>Whether the cluster label has expired.</summary>
    public required bool LabelExpired { get; init; }

    /// <summary>Whether the cluster label expires within the setting (<c>LabelExpiresSoonDays</c>).</summary>
    public required bool LabelExpiresSoon { get; init; }

    /// <summary>Whether <c>lastUpdated</c> is older than the freshness setting.</summary>
    public required bool Stale { get; init; }

    /// <summary>What needs attention, most urgent first, as words of <see cref="Reasons"/>; empty when nothing does.</summary>
    public required IReadOnlyList<string> Attention { get; init; }

    /// <summary>
    /// The order of a report: unreadable inputs, then errors (most first), expired labels, stale profiles, profiles
    /// that do not say when they were updated, labels expiring soon, not publication-ready, not PRO (most fields
    /// missing first); then by completeness, lowest first, and by name.
    /// </summary>
    public static IComparer<ProfileReportRow> AttentionOrder { get; } = Comparer<ProfileReportRow>.Create((a, b) =>
    {
        var order = Rank(a).CompareTo(Rank(b));
        order = order != 0 ? order : b.Errors.CompareTo(a.Errors);
        order = order != 0 ? order : b.ProNeeded.CompareTo(a.ProNeeded);
        order = order != 0 ? order : a.Completeness.CompareTo(b.Completeness);
        order = order != 0 ? order : string.Compare(a.Name ?? a.Id, b.Name ?? b.Id, StringComparison.CurrentCulture);
        return order != 0 ? order : string.CompareOrdinal(a.Source, b.Source);
    });

    /// <summary>The row of one assessed profile.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="profile">The profile it assessed, for its dates; <see langword="null"/> when it could not be read.</param>
    public static ProfileReportRow From(ProfileAssessment assessment, ClusterProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var validUntil = profile?.ClusterLabel?.ValidUntil;
        var expiresSoon = assessment.LabelExpiresSoon;
        var errors = assessment.ErrorCount; // every error, also those the issue cap left out of the list
        var attention = new List<string>();
        void When(bool condition, string reason)
        {
            if (condition)
            {
                attention.Add(reason);
            }
        }

        When(!assessment.Readable, "unreadable");
        When(assessment.Readable && !assessment.Valid, "errors");
        When(assessment.LabelExpired, "labelExpired");
        When(assessment.Stale, "stale");
        When(assessment.Readable && profile?.LastUpdated is null, "lastUpdatedUnknown");
        When(expiresSoon, "labelExpiresSoon");
        When(assessment.Readable && assessment.Publication.Applies && !assessment.Publication.Ready, "publication");
        When(assessment.Readable && !assessment.Pro.Eligible, "pro");
        return new ProfileReportRow
        {
            Source = assessment.Source,
            Line = assessment.Line,
            Id = assessment.Id,
            Name = assessment.Name,
            Region = RegionalSummaryBuilder.KeyOf(assessment),
            Readable = assessment.Readable,
            Valid = assessment.Valid,
            Errors = errors,
            Warnings = assessment.WarningCount,
            Pro = assessment.Pro.Eligible,
            ProNeeded = assessment.Pro.Needed,
            PublicationApplies = assessment.Publication.Applies,
            PublicationReady = assessment.Publication.Ready,
            PublicationWaived = assessment.Publication.Waived,
            Completeness = assessment.Completeness,
            LastUpdated = profile?.LastUpdated,
            LabelValidUntil = validUntil,
            LabelExpired = assessment.LabelExpired,
            LabelExpiresSoon = expiresSoon,
            Stale = assessment.Stale,
            Attention = attention,
        };
    }

    private static int Rank(ProfileReportRow row) => row.Attention.Count == 0 ? ReasonOrder.Length : Array.IndexOf(ReasonOrder, row.Attention[0]);
}
