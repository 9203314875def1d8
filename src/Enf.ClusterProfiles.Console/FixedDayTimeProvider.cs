namespace Enf.ClusterProfiles.Console;

/// <summary>A clock stopped at noon UTC of one day: what <c>--today</c> means.</summary>
internal sealed class FixedDayTimeProvider(DateOnly day) : TimeProvider
{
    private readonly DateTimeOffset now = new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
