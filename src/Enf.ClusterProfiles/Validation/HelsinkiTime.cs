namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// Finland's time zone, the default for "today": the system's <c>Europe/Helsinki</c> where the machine has time
/// zone data, else the same rules built in (UTC+2, summer time UTC+3 from the last Sunday of March to the last
/// Sunday of October at 01:00 UTC, as in the whole EU since 1996), so that a container without tzdata still
/// judges a profile's dates by the Finnish calendar day.
/// </summary>
internal static class HelsinkiTime
{
    public const string Id = "Europe/Helsinki";

    public static TimeZoneInfo Zone { get; } = Find();

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(Id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException)
        {
            return BuiltIn();
        }
    }

    // The EU rule in local time: summer time starts at 03:00 local (01:00 UTC) and ends at 04:00 local summer time.
    internal static TimeZoneInfo BuiltIn()
    {
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 3, 5, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 4, 0, 0), 10, 5, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone(Id, TimeSpan.FromHours(2), "Finland", "EET", "EEST", [rule]);
    }
}
