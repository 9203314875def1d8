using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Validation;

/// <summary>Where a cluster label stands on a day: the one computation behind the label's rule, its reminder and the verdicts.</summary>
internal enum LabelState
{
    /// <summary>No label, or one without a validity date.</summary>
    None,

    /// <summary>Valid, and not within the reminder window.</summary>
    Valid,

    /// <summary>Still valid, but for no more than the reminder window's days.</summary>
    ExpiresSoon,

    /// <summary>Past its validity date.</summary>
    Expired,
}

/// <summary>The state of a cluster label on a day.</summary>
internal static class LabelValidity
{
    /// <summary>The label's state on <paramref name="today"/>; within <paramref name="soonDays"/> of its date it expires soon (0: never).</summary>
    public static LabelState On(ClusterLabel? label, DateOnly today, int soonDays = 0)
    {
        if (label?.ValidUntil is not DateOnly until)
        {
            return LabelState.None;
        }

        var left = until.DayNumber - today.DayNumber; // day numbers, not date arithmetic: 9999-12-31 must not overflow
        return left < 0 ? LabelState.Expired
            : soonDays > 0 && left <= soonDays ? LabelState.ExpiresSoon
            : LabelState.Valid;
    }

    /// <summary>Days from <paramref name="today"/> until the label's date (negative once passed), when it has one.</summary>
    public static int? DaysLeft(ClusterLabel? label, DateOnly today) =>
        label?.ValidUntil is DateOnly until ? until.DayNumber - today.DayNumber : null;
}
