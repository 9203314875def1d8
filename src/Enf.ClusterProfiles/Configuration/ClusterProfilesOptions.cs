using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Validation;

namespace Enf.ClusterProfiles.Configuration;

/// <summary>Settings of the assessment. Every default is the spec's; change them only where your programme differs.</summary>
public sealed class ClusterProfilesOptions
{
    /// <summary>
    /// Share of the applicable optional fields that PRO needs filled (default 0.5: <c>2 × filled ≥ total</c>).
    /// Greater than 0 and at most 1.
    /// </summary>
    [Range(0d, 1d, MinimumIsExclusive = true)]
    public double ProThreshold { get; set; } = 0.5;

    /// <summary>Days after <c>lastUpdated</c> at which a profile is stale (default 365). From 1 to 36,500.</summary>
    [Range(1, 36_500)]
    public int StaleAfterDays { get; set; } = 365;

    /// <summary>
    /// Days before a cluster label's <c>validUntil</c> from which it "expires soon" (default 90): still filled, with
    /// the note <c>label.expiresSoon</c>, so that a council can remind the cluster in time. From 0 (never) to 3,650.
    /// </summary>
    [Range(0, 3650)]
    public int LabelExpiresSoonDays { get; set; } = 90;

    /// <summary>
    /// The limits of ECCP's publication criteria (management staff, members, triple-helix types); ECCP's own by
    /// default.
    /// </summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public PublicationThresholds Publication { get; set; } = new();

    /// <summary>
    /// The time zone whose calendar day is "today" for dates (stale data, expired labels, dates in the future):
    /// Finland's (<c>Europe/Helsinki</c>) by default, whatever the server's own zone is.
    /// </summary>
    [Required]
    public TimeZoneInfo TimeZone { get; set; } = HelsinkiTime.Zone;

    /// <summary>
    /// How many missing optional fields to suggest at least (default 3); when PRO needs more, that many are
    /// suggested. From 0 to 50.
    /// </summary>
    [Range(0, 50)]
    public int SuggestionCount { get; set; } = 3;

    /// <summary>
    /// Changed requirements by field path, applied to <see cref="FieldCatalog.Version1"/>: make a field
    /// <see cref="FieldRequirement.Mandatory"/>, <see cref="FieldRequirement.Optional"/> or
    /// <see cref="FieldRequirement.Unused"/>. Empty by default.
    /// </summary>
    public IDictionary<string, FieldRequirement> Requirements { get; } = new Dictionary<string, FieldRequirement>(StringComparer.Ordinal);

    /// <summary>Size limit of one profile read from raw input, in bytes (default 1 MiB). From 1 KiB to 64 MiB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxProfileBytes { get; set; } = Json.ProfileDocument.DefaultMaxBytes;

    /// <summary>
    /// Most findings reported per profile (default <see langword="null"/>: all). When the cap bites, errors are
    /// kept first, the assessment is marked <c>Partial</c> and a last finding (<c>issues.capped</c>) says how
    /// many were left out.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int? MaxIssues { get; set; }

    /// <summary>
    /// Language of the messages when a call names none: English, Finnish or Swedish. Default
    /// <see langword="null"/>: the current UI culture, falling back to English.
    /// </summary>
    public CultureInfo? Culture { get; set; }

    /// <summary>The catalogue these options describe: version 1 with <see cref="Requirements"/> applied.</summary>
    /// <exception cref="ArgumentException">A requirement change is not allowed.</exception>
    public FieldCatalog BuildCatalog() =>
        FieldCatalog.Version1.WithRequirements(new Dictionary<string, FieldRequirement>(Requirements, StringComparer.Ordinal));
}
