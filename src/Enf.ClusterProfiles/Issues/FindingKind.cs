namespace Enf.ClusterProfiles.Issues;

/// <summary>
/// What a finding means for the verdicts, said by the rule or reader that made it: validity, each field's state,
/// publication readiness and the reader's dropped values are computed from this, never from a code's text.
/// </summary>
internal enum FindingKind
{
    /// <summary>The input as a whole could not be read as a profile (syntax, encoding, size, an empty file).</summary>
    Input,

    /// <summary>The file or stream could not be read at all (missing, no permission): the check could not run.</summary>
    SourceUnreadable,

    /// <summary>A note about a file as a whole (its encoding), carried onto each of its profiles, never placed in a cell.</summary>
    FileNote,

    /// <summary>A value the reader could not take (a wrong JSON type, a bad date): dropped before the rules ran.</summary>
    Dropped,

    /// <summary>A required value (a field, a list item, a part of a field) is absent or blank.</summary>
    Missing,

    /// <summary>A value that breaks its field's rule.</summary>
    Invalid,

    /// <summary>An ECCP publication criterion the profile does not meet.</summary>
    Criterion,

    /// <summary>Anything else worth saying: stale data, a label expired or expiring, criteria waived, an unknown property.</summary>
    Note,
}
