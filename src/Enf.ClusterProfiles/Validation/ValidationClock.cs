using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>"Today" for one validation run, read once from the injected clock and shared by every rule.</summary>
internal static class ValidationClock
{
    public const string TodayKey = "Enf.ClusterProfiles.Today";

    public static DateOnly Today(IValidationContext context) =>
        context.RootContextData.TryGetValue(TodayKey, out var today) && today is DateOnly date
            ? date
            : throw new InvalidOperationException("The validation context carries no date; validate through ClusterProfileValidator.");

    /// <summary>The run's "today" when a validator that needs none (publication criteria) is used alone: the system clock's.</summary>
    public static DateOnly TodayOrSystem(IValidationContext context) =>
        context.RootContextData.TryGetValue(TodayKey, out var today) && today is DateOnly date ? date : TodayFrom(TimeProvider.System, HelsinkiTime.Zone);

    /// <summary>
    /// The calendar day it is now in <paramref name="zone"/>: a setting, never the server's own zone, so that a
    /// profile is stale on the same day wherever the check runs.
    /// </summary>
    public static DateOnly TodayFrom(TimeProvider timeProvider, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), zone).DateTime);
}
