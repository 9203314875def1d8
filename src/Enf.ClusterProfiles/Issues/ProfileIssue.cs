using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Issues;

/// <summary>
/// One finding about a profile. <see cref="Code"/> and <see cref="Path"/> are the stable contract; the
/// <see cref="Message"/> is rendered from resources and may change between versions.
/// </summary>
public sealed record ProfileIssue
{
    /// <summary>Stable code of the rule, one of <see cref="IssueCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required IssueSeverity Severity { get; init; }

    /// <summary>JSON path of the field: <c>contact.email</c>, <c>members.smes</c>, <c>industrialEcosystems[2]</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The message in the language the profile was assessed in.</summary>
    public required string Message { get; init; }

    /// <summary>1-based line in the raw JSON, when the finding comes from raw JSON.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    /// <summary>1-based column in the raw JSON, when the finding comes from raw JSON.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Column { get; init; }

    /// <summary>The values the message was rendered with, so that it can be rendered again in another language.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();
}
