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
        context.RootContextData.TryGetValue(TodayKey, out var today) && today is DateOnly date ? date : TodayFrom(TimeProvider.System);

    public static DateOnly TodayFrom(TimeProvider timeProvider) => DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);
}
